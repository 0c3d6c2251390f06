namespace BioBridge.Features.Partnering;

public sealed record MeetingItem(int Id, string Slot, DateOnly Day, TimeOnly Start, TimeOnly End, string Location, string LocationKind,
    string? Interpreter, DelegateItem First, DelegateItem Second, string Mode, bool Published, bool Fixed, string Status, int? RunId);
