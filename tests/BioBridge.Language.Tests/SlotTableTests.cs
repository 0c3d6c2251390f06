namespace BioBridge.Language.Tests;

public class SlotTableTests
{
    [Fact]
    public void A_table_from_reused_arrays_holds_nothing_until_touched()
    {
        const int slots = 256;
        for (var round = 0; round < 300; round++)
        {
            using var table = new SlotTable<int>(slots);
            for (var slot = 0; slot < slots; slot++)
                table[slot].ShouldBe(0);
            for (var slot = 0; slot < slots; slot++)
                table.Touch(slot) = 1;
            table.Touched.Length.ShouldBe(slots);
        }
    }

    [Fact]
    public void Reset_forgets_every_slot()
    {
        using var table = new SlotTable<float>(10);
        table.Touch(3) = 2f;
        table.Reset();
        table[3].ShouldBe(0f);
        table.Touched.Length.ShouldBe(0);
        table.Touch(3).ShouldBe(0f);
    }
}
