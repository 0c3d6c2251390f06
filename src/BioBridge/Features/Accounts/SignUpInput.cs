using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

public sealed record SignUpInput(string? Token, string? DisplayName, string? Password, bool Terms, bool Privacy, bool CrossBorderTransfer);
