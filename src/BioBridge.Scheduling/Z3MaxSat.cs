using System.Runtime.InteropServices;

namespace BioBridge.Scheduling;

/// <summary>
/// MaxSAT on Z3's optimizer (MaxRes, core-guided: it raises a proven lower bound while it finds models) through
/// the few C functions of libz3 it needs, looked up at run time so that a machine without Z3 gets a reason
/// instead of a crash. NuGet's Microsoft.Z3 ships no Linux native library and its managed layer does not load
/// Debian's libz3 4.8.12, hence the C API. The model is built in-process (no text, no child process).
/// </summary>
sealed unsafe class Z3MaxSat : IMaxSatSolver
{
    /// <summary>Debian's libz3-4 package.</summary>
    public const string DefaultLibrary = "libz3.so.4";

    public static readonly Z3MaxSat Default = new(DefaultLibrary);

    readonly Lazy<(Api? Api, string? Reason)> loaded;

    public Z3MaxSat(string library) => loaded = new(() => Load(library));

    public string? Unavailable => loaded.Value.Reason;

    public MaxSatOutcome Solve(MaxSatFormula formula, double seconds, CancellationToken stop)
    {
        var api = loaded.Value.Api;
        if (api is null) return new MaxSatOutcome(MaxSatStatus.Unavailable, null, 0, loaded.Value.Reason!);
        var config = api.MkConfig();
        var ctx = api.MkContext(config);
        api.DelConfig(config);
        // Without a handler, an API error sets the error code instead of ending the process.
        api.SetErrorHandler(ctx, 0);
        var optimize = api.MkOptimize(ctx);
        api.OptimizeIncRef(ctx, optimize);
        try
        {
            Configure(api, ctx, optimize, seconds);
            var (variables, objective) = Assert(api, ctx, optimize, formula);
            if (api.GetErrorCode(ctx) != 0)
                return new MaxSatOutcome(MaxSatStatus.Unknown, null, 0, $"z3 rejected the model (error {api.GetErrorCode(ctx)})");

            if (stop.IsCancellationRequested) return new MaxSatOutcome(MaxSatStatus.Unknown, null, 0, "stopped before the search");
            int status;
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop))
            {
                deadline.CancelAfter(TimeSpan.FromSeconds(Math.Max(0.01, seconds)));
                // Disposing the registration waits for a running Z3_interrupt, so the context outlives it.
                using var interrupt = deadline.Token.Register(() => api.Interrupt(ctx));
                status = api.OptimizeCheck(ctx, optimize, 0, null);
            }
            if (status == -1) return new MaxSatOutcome(MaxSatStatus.Infeasible, null, 0, "no model of the hard constraints");

            var lower = formula.Soft.Count == 0 ? 0 : Numeral(api, ctx, api.OptimizeGetLower(ctx, optimize, objective));
            var reason = status == 1 ? "optimal" : Marshal.PtrToStringUTF8(api.OptimizeGetReasonUnknown(ctx, optimize)) ?? "stopped";
            var model = api.OptimizeGetModel(ctx, optimize);
            if (model == 0) return new MaxSatOutcome(MaxSatStatus.Unknown, null, lower, reason);
            var values = Values(api, ctx, model, variables);
            // Stopped before its first model, Z3 still hands out one (of nothing): only a model of the hard part counts.
            if (!formula.SatisfiesHardPart(values)) return new MaxSatOutcome(MaxSatStatus.Unknown, null, lower, reason);
            long cost = formula.Soft.Count(c => !MaxSatFormula.Satisfied(c, values));
            if (status == 1) lower = cost;
            return new MaxSatOutcome(lower >= cost ? MaxSatStatus.Optimal : MaxSatStatus.Feasible, values, Math.Min(lower, cost), reason);
        }
        finally
        {
            api.OptimizeDecRef(ctx, optimize);
            api.DelContext(ctx);
        }
    }

    static void Configure(Api api, nint ctx, nint optimize, double seconds)
    {
        // MaxRes's hill climbing first looks for models of growing sets of soft clauses; on the JAIR events those
        // searches stall (forum-14: bound 2 but no model under 100 breaks in 30 s). Without it, forum-14 is
        // proven optimal in 6-8 s and forum-13crafb's bound reaches the paper's 6 within a minute.
        var parameters = api.MkParams(ctx);
        api.ParamsIncRef(ctx, parameters);
        fixed (byte* hillClimb = "maxres.hill_climb\0"u8)
            api.ParamsSetBool(ctx, parameters, api.MkStringSymbol(ctx, hillClimb), 0);
        // The time limit is Z3's own too: an interrupt that comes before the search starts would be lost.
        fixed (byte* timeout = "timeout\0"u8)
            api.ParamsSetUint(ctx, parameters, api.MkStringSymbol(ctx, timeout), (uint)Math.Clamp(seconds * 1000, 10, uint.MaxValue));
        api.OptimizeSetParams(ctx, optimize, parameters);
        api.ParamsDecRef(ctx, parameters);
    }

    /// <summary>The formula's hard clauses, cardinalities and soft clauses (one objective); its variables by number.</summary>
    static (nint[] Variables, uint Objective) Assert(Api api, nint ctx, nint optimize, MaxSatFormula formula)
    {
        var variables = new nint[formula.VariableCount + 1];
        var boolSort = api.MkBoolSort(ctx);
        for (var v = 1; v <= formula.VariableCount; v++) variables[v] = api.MkConst(ctx, api.MkIntSymbol(ctx, v), boolSort);
        var negations = new nint[formula.VariableCount + 1];
        nint Literal(int l) => l > 0 ? variables[l] : negations[-l] != 0 ? negations[-l] : negations[-l] = api.MkNot(ctx, variables[-l]);
        nint Clause(int[] literals)
        {
            if (literals.Length == 1) return Literal(literals[0]);
            var args = new nint[literals.Length];
            for (var k = 0; k < literals.Length; k++) args[k] = Literal(literals[k]);
            fixed (nint* a = args) return api.MkOr(ctx, (uint)args.Length, a);
        }
        foreach (var clause in formula.Hard) api.OptimizeAssert(ctx, optimize, Clause(clause));
        foreach (var (literals, atLeast, atMost) in formula.Cardinalities)
        {
            var args = literals.Select(Literal).ToArray();
            fixed (nint* a = args)
            {
                if (atLeast > 0) api.OptimizeAssert(ctx, optimize, api.MkAtLeast(ctx, (uint)args.Length, a, (uint)atLeast));
                if (atMost < args.Length) api.OptimizeAssert(ctx, optimize, api.MkAtMost(ctx, (uint)args.Length, a, (uint)atMost));
            }
        }
        var objective = 0u;
        var group = api.MkIntSymbol(ctx, 0);
        fixed (byte* one = "1\0"u8)
            foreach (var clause in formula.Soft)
                objective = api.OptimizeAssertSoft(ctx, optimize, Clause(clause), one, group);
        return (variables, objective);
    }

    static bool[] Values(Api api, nint ctx, nint model, nint[] variables)
    {
        api.ModelIncRef(ctx, model);
        var values = new bool[variables.Length];
        for (var v = 1; v < variables.Length; v++)
        {
            nint value;
            values[v] = api.ModelEval(ctx, model, variables[v], 1, &value) != 0 && api.GetBoolValue(ctx, value) == 1;
        }
        api.ModelDecRef(ctx, model);
        return values;
    }

    static long Numeral(Api api, nint ctx, nint ast)
    {
        long value;
        return ast != 0 && api.GetNumeralInt64(ctx, ast, &value) != 0 ? Math.Max(0, value) : 0;
    }

    static (Api?, string?) Load(string library)
    {
        if (!NativeLibrary.TryLoad(library, out var handle))
            return (null, $"z3 not available: cannot load {library} (install Debian's libz3-4)");
        try
        {
            return (new Api(handle), null);
        }
        catch (EntryPointNotFoundException e)
        {
            return (null, $"z3 not available: {library} lacks a function ({e.Message})");
        }
    }

    /// <summary>Entry points of the Z3 C API (z3loaded.h, z3_optimization.h); Z3_bool is one byte, Z3_lbool an int.</summary>
    sealed class Api(nint lib)
    {
        public readonly delegate* unmanaged<nint> MkConfig = (delegate* unmanaged<nint>)NativeLibrary.GetExport(lib, "Z3_mk_config");
        public readonly delegate* unmanaged<nint, void> DelConfig = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(lib, "Z3_del_config");
        public readonly delegate* unmanaged<nint, nint> MkContext = (delegate* unmanaged<nint, nint>)NativeLibrary.GetExport(lib, "Z3_mk_context");
        public readonly delegate* unmanaged<nint, void> DelContext = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(lib, "Z3_del_context");
        public readonly delegate* unmanaged<nint, nint, void> SetErrorHandler = (delegate* unmanaged<nint, nint, void>)NativeLibrary.GetExport(lib, "Z3_set_error_handler");
        public readonly delegate* unmanaged<nint, uint> GetErrorCode = (delegate* unmanaged<nint, uint>)NativeLibrary.GetExport(lib, "Z3_get_error_code");
        public readonly delegate* unmanaged<nint, void> Interrupt = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(lib, "Z3_interrupt");
        public readonly delegate* unmanaged<nint, nint> MkBoolSort = (delegate* unmanaged<nint, nint>)NativeLibrary.GetExport(lib, "Z3_mk_bool_sort");
        public readonly delegate* unmanaged<nint, int, nint> MkIntSymbol = (delegate* unmanaged<nint, int, nint>)NativeLibrary.GetExport(lib, "Z3_mk_int_symbol");
        public readonly delegate* unmanaged<nint, nint, nint, nint> MkConst = (delegate* unmanaged<nint, nint, nint, nint>)NativeLibrary.GetExport(lib, "Z3_mk_const");
        public readonly delegate* unmanaged<nint, nint, nint> MkNot = (delegate* unmanaged<nint, nint, nint>)NativeLibrary.GetExport(lib, "Z3_mk_not");
        public readonly delegate* unmanaged<nint, uint, nint*, nint> MkOr = (delegate* unmanaged<nint, uint, nint*, nint>)NativeLibrary.GetExport(lib, "Z3_mk_or");
        public readonly delegate* unmanaged<nint, uint, nint*, uint, nint> MkAtMost = (delegate* unmanaged<nint, uint, nint*, uint, nint>)NativeLibrary.GetExport(lib, "Z3_mk_atmost");
        public readonly delegate* unmanaged<nint, uint, nint*, uint, nint> MkAtLeast = (delegate* unmanaged<nint, uint, nint*, uint, nint>)NativeLibrary.GetExport(lib, "Z3_mk_atleast");
        public readonly delegate* unmanaged<nint, nint> MkOptimize = (delegate* unmanaged<nint, nint>)NativeLibrary.GetExport(lib, "Z3_mk_optimize");
        public readonly delegate* unmanaged<nint, nint> MkParams = (delegate* unmanaged<nint, nint>)NativeLibrary.GetExport(lib, "Z3_mk_params");
        public readonly delegate* unmanaged<nint, nint, void> ParamsIncRef = (delegate* unmanaged<nint, nint, void>)NativeLibrary.GetExport(lib, "Z3_params_inc_ref");
        public readonly delegate* unmanaged<nint, nint, void> ParamsDecRef = (delegate* unmanaged<nint, nint, void>)NativeLibrary.GetExport(lib, "Z3_params_dec_ref");
        public readonly delegate* unmanaged<nint, nint, nint, uint, void> ParamsSetUint = (delegate* unmanaged<nint, nint, nint, uint, void>)NativeLibrary.GetExport(lib, "Z3_params_set_uint");
        public readonly delegate* unmanaged<nint, nint, nint, byte, void> ParamsSetBool = (delegate* unmanaged<nint, nint, nint, byte, void>)NativeLibrary.GetExport(lib, "Z3_params_set_bool");
        public readonly delegate* unmanaged<nint, byte*, nint> MkStringSymbol = (delegate* unmanaged<nint, byte*, nint>)NativeLibrary.GetExport(lib, "Z3_mk_string_symbol");
        public readonly delegate* unmanaged<nint, nint, nint, void> OptimizeSetParams = (delegate* unmanaged<nint, nint, nint, void>)NativeLibrary.GetExport(lib, "Z3_optimize_set_params");
        public readonly delegate* unmanaged<nint, nint, void> OptimizeIncRef = (delegate* unmanaged<nint, nint, void>)NativeLibrary.GetExport(lib, "Z3_optimize_inc_ref");
        public readonly delegate* unmanaged<nint, nint, void> OptimizeDecRef = (delegate* unmanaged<nint, nint, void>)NativeLibrary.GetExport(lib, "Z3_optimize_dec_ref");
        public readonly delegate* unmanaged<nint, nint, nint, void> OptimizeAssert = (delegate* unmanaged<nint, nint, nint, void>)NativeLibrary.GetExport(lib, "Z3_optimize_assert");
        public readonly delegate* unmanaged<nint, nint, nint, byte*, nint, uint> OptimizeAssertSoft = (delegate* unmanaged<nint, nint, nint, byte*, nint, uint>)NativeLibrary.GetExport(lib, "Z3_optimize_assert_soft");
        public readonly delegate* unmanaged<nint, nint, uint, nint*, int> OptimizeCheck = (delegate* unmanaged<nint, nint, uint, nint*, int>)NativeLibrary.GetExport(lib, "Z3_optimize_check");
        public readonly delegate* unmanaged<nint, nint, nint> OptimizeGetModel = (delegate* unmanaged<nint, nint, nint>)NativeLibrary.GetExport(lib, "Z3_optimize_get_model");
        public readonly delegate* unmanaged<nint, nint, nint> OptimizeGetReasonUnknown = (delegate* unmanaged<nint, nint, nint>)NativeLibrary.GetExport(lib, "Z3_optimize_get_reason_unknown");
        public readonly delegate* unmanaged<nint, nint, uint, nint> OptimizeGetLower = (delegate* unmanaged<nint, nint, uint, nint>)NativeLibrary.GetExport(lib, "Z3_optimize_get_lower");
        public readonly delegate* unmanaged<nint, nint, void> ModelIncRef = (delegate* unmanaged<nint, nint, void>)NativeLibrary.GetExport(lib, "Z3_model_inc_ref");
        public readonly delegate* unmanaged<nint, nint, void> ModelDecRef = (delegate* unmanaged<nint, nint, void>)NativeLibrary.GetExport(lib, "Z3_model_dec_ref");
        public readonly delegate* unmanaged<nint, nint, nint, byte, nint*, byte> ModelEval = (delegate* unmanaged<nint, nint, nint, byte, nint*, byte>)NativeLibrary.GetExport(lib, "Z3_model_eval");
        public readonly delegate* unmanaged<nint, nint, int> GetBoolValue = (delegate* unmanaged<nint, nint, int>)NativeLibrary.GetExport(lib, "Z3_get_bool_value");
        public readonly delegate* unmanaged<nint, nint, long*, byte> GetNumeralInt64 = (delegate* unmanaged<nint, nint, long*, byte>)NativeLibrary.GetExport(lib, "Z3_get_numeral_int64");
    }
}
