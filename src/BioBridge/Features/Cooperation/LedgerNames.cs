using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>The OpenAPI operation names and summaries of a ledger's list, get, create and update.</summary>
sealed record LedgerNames(string List, string ListSummary, string Get, string GetSummary, string Create, string CreateSummary, string Update, string UpdateSummary);
