namespace BioBridge.Scheduling.Tests;

static class Results
{
    public static ScheduleResult Of(params (string Meeting, string Slot, string Location, string? Interpreter)[] assignments) => new()
    {
        Assignments = assignments.Select(a => new Assignment { Meeting = a.Meeting, Slot = a.Slot, Location = a.Location, Interpreter = a.Interpreter }).ToList(),
    };
}
