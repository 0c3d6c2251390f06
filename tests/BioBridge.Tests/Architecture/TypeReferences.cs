using Mono.Cecil;
using Mono.Cecil.Cil;

namespace BioBridge.Tests.Architecture;

/// <summary>
/// Every type a compiled type uses: in signatures, attributes and method bodies (so a page's markup, a lambda
/// or a query counts too, which a look at the using lines would miss).
/// </summary>
public static class TypeReferences
{
    /// <summary>Pairs (user, used) of top-level type names, compiler-generated nested types folded into their owner.</summary>
    public static IEnumerable<(TypeDefinition User, string Used)> In(ModuleDefinition module) =>
        module.Types.SelectMany(t => Of(t).Distinct().Select(used => (t, used)));

    static IEnumerable<string> Of(TypeDefinition type)
    {
        var found = new List<TypeReference?> { type.BaseType };
        found.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        found.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        found.AddRange(type.Fields.Select(f => f.FieldType));
        found.AddRange(type.Properties.Select(p => p.PropertyType));
        foreach (var method in type.Methods)
            found.AddRange(InMethod(method));
        var names = found.SelectMany(Expand).Select(Outermost);
        return names.Concat(type.NestedTypes.SelectMany(Of));
    }

    static IEnumerable<TypeReference?> InMethod(MethodDefinition method)
    {
        yield return method.ReturnType;
        foreach (var p in method.Parameters)
            yield return p.ParameterType;
        foreach (var a in method.CustomAttributes)
            yield return a.AttributeType;
        if (!method.HasBody)
            yield break;
        foreach (var v in method.Body.Variables)
            yield return v.VariableType;
        foreach (var instruction in method.Body.Instructions)
            foreach (var used in Operand(instruction))
                yield return used;
    }

    static IEnumerable<TypeReference?> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference t => [t],
        MethodReference m => [m.DeclaringType, m.ReturnType, .. m.Parameters.Select(p => p.ParameterType),
            .. (m as GenericInstanceMethod)?.GenericArguments ?? []],
        FieldReference f => [f.DeclaringType, f.FieldType],
        _ => [],
    };

    /// <summary>A generic instance, array or by-ref type uses its element type and its arguments.</summary>
    static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Expand)))
                    yield return t;
                break;
            case TypeSpecification spec:
                foreach (var t in Expand(spec.ElementType))
                    yield return t;
                break;
            default:
                yield return type;
                break;
        }
    }

    static string Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        return type.FullName;
    }
}
