namespace BioBridge.Features.Partnering;

public sealed record PartneringSetupInput(IReadOnlyList<SlotRange>? Slots, IReadOnlyList<LocationInput>? Locations,
    IReadOnlyList<InterpreterInput>? Interpreters);
