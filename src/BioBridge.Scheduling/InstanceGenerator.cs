namespace BioBridge.Scheduling;

/// <summary>
/// Random partnering events shaped like a Korea-China bio cluster meeting: two language communities (ko, zh) with
/// some English speakers and a few bilinguals, companies sending several delegates, Zipf-skewed popularity, partial
/// availability, scarce ko-zh interpreters, online and on-site meetings, optional fixed meetings.
/// </summary>
public static class InstanceGenerator
{
    public static ScheduleInstance Generate(GeneratorOptions o)
    {
        // One random sequence drawn in this order (slots draw none): a seed always gives the same event.
        var rng = new Random(o.Seed);
        var slots = Slots(o);
        var locations = Enumerable.Range(1, o.Tables).Select(t => new LocationSpec { Id = $"T{t:0000}", Kind = "table" }).ToList();
        locations.Add(new LocationSpec { Id = "online", Kind = "virtual" });
        var (participants, community, organization) = Participants(o, rng, slots);
        var interpreters = Interpreters(o, rng, slots);
        var meetings = Meetings(o, rng, slots, participants, community, organization);
        if (o.FixedShare > 0) FixSome(o, rng, slots, participants, meetings);

        return new ScheduleInstance
        {
            Format = ScheduleJson.InstanceFormat,
            Event = $"generated-{o.Participants}p-{o.Requests}r-seed{o.Seed}",
            TimeZone = "Asia/Seoul",
            Slots = slots,
            Locations = locations,
            Participants = participants,
            Interpreters = interpreters,
            Meetings = meetings,
        };
    }

    static List<SlotSpec> Slots(GeneratorOptions o)
    {
        var slots = new List<SlotSpec>();
        for (var d = 0; d < o.Days; d++)
            for (var k = 0; k < o.SlotsPerDay; k++)
            {
                var minutes = 9 * 60 + k * 30 + (k >= o.SlotsPerDay / 2 ? 60 : 0);
                slots.Add(new SlotSpec { Id = $"d{d + 1}s{k + 1:00}", Day = $"2026-10-{10 + d:00}", Start = $"{minutes / 60:00}:{minutes % 60:00}", Minutes = 30 });
            }
        return slots;
    }

    /// <summary>Companies of one community each (Korean or Chinese) sending one to four delegates.</summary>
    static (List<ParticipantSpec> Participants, int[] Community, int[] Organization) Participants(GeneratorOptions o, Random rng, List<SlotSpec> slots)
    {
        var participants = new List<ParticipantSpec>();
        var community = new int[o.Participants];
        var organization = new int[o.Participants];
        var organizations = 0;
        for (var p = 0; p < o.Participants;)
        {
            var delegates = Math.Min(o.Participants - p, 1 + (rng.NextDouble() < 0.4 ? rng.Next(1, 4) : 0));
            var c = rng.Next(2);
            organizations++;
            for (var k = 0; k < delegates; k++, p++)
            {
                community[p] = c;
                organization[p] = organizations;
                var languages = new List<string> { c == 0 ? "ko" : "zh" };
                if (rng.NextDouble() < o.EnglishShare) languages.Add("en");
                if (rng.NextDouble() < 0.04) languages.Add(c == 0 ? "zh" : "ko");
                var spec = new ParticipantSpec { Id = $"p{p + 1}", Organization = $"org{organizations}", Languages = languages, Unavailable = [] };
                if (rng.NextDouble() < o.PartlyUnavailableShare)
                {
                    // A half day away, or a few scattered slots.
                    if (rng.Next(2) == 0)
                    {
                        var day = rng.Next(o.Days);
                        var half = rng.Next(2);
                        for (var k2 = 0; k2 < o.SlotsPerDay / 2; k2++)
                            spec.Unavailable.Add(slots[day * o.SlotsPerDay + half * (o.SlotsPerDay / 2) + k2].Id!);
                    }
                    else
                        spec.Unavailable.AddRange(Enumerable.Range(0, 3).Select(_ => slots[rng.Next(slots.Count)].Id!).Distinct());
                }
                if (rng.NextDouble() < o.CappedShare) spec.MaxMeetings = rng.Next(3, Math.Max(4, o.SlotsPerDay * o.Days / 3));
                participants.Add(spec);
            }
        }
        return (participants, community, organization);
    }

    static List<InterpreterSpec> Interpreters(GeneratorOptions o, Random rng, List<SlotSpec> slots)
    {
        var interpreters = new List<InterpreterSpec>();
        for (var i = 0; i < o.Interpreters; i++)
        {
            var languages = i % 4 == 3 ? new List<string> { rng.Next(2) == 0 ? "ko" : "zh", "en" } : ["ko", "zh"];
            if (rng.NextDouble() < 0.5 && !languages.Contains("en")) languages.Add("en");
            var unavailable = rng.NextDouble() < 0.3 ? slots.Skip(rng.Next(o.Days) * o.SlotsPerDay).Take(o.SlotsPerDay / 2).Select(s => s.Id!).ToList() : [];
            interpreters.Add(new InterpreterSpec { Id = $"i{i + 1}", Languages = languages, Unavailable = unavailable, MaxMeetings = Math.Max(1, (int)(o.SlotsPerDay * o.Days * 0.75)) });
        }
        return interpreters;
    }

    /// <summary>Requests between companies, mostly across the two communities, to partners picked by popularity.</summary>
    static List<MeetingSpec> Meetings(GeneratorOptions o, Random rng, List<SlotSpec> slots, List<ParticipantSpec> participants, int[] community,
        int[] organization)
    {
        // Zipf-like popularity per community: a few companies are asked by everyone.
        var byCommunity = new[] { new List<int>(), new List<int>() };
        for (var p = 0; p < o.Participants; p++) byCommunity[community[p]].Add(p);
        var cumulative = byCommunity.Select(list =>
        {
            var shuffled = list.OrderBy(_ => rng.Next()).ToArray();
            var acc = new double[shuffled.Length];
            double sum = 0;
            for (var r = 0; r < shuffled.Length; r++) acc[r] = sum += 1 / Math.Pow(r + 1, 0.8);
            return (People: shuffled, Acc: acc);
        }).ToArray();
        int Popular(int c)
        {
            var (people, acc) = cumulative[c];
            if (people.Length == 0) return -1;
            var x = rng.NextDouble() * acc[^1];
            var k = Array.BinarySearch(acc, x);
            return people[k < 0 ? ~k : k];
        }

        var meetings = new List<MeetingSpec>();
        var pairs = new HashSet<(int, int)>();
        for (var attempts = 0; meetings.Count < o.Requests && attempts < o.Requests * 20; attempts++)
        {
            var a = rng.Next(o.Participants);
            var c = rng.NextDouble() < o.CrossShare ? 1 - community[a] : community[a];
            var b = Popular(c);
            if (b < 0 || b == a || organization[a] == organization[b] || !pairs.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            var roll = rng.NextDouble();
            var meeting = new MeetingSpec
            {
                Id = $"m{meetings.Count + 1}",
                Participants = [participants[a].Id!, participants[b].Id!],
                Weight = roll < 0.1 ? 3 : roll < 0.35 ? 2 : 1,
                Mode = rng.NextDouble() < o.VirtualShare ? "virtual" : "onsite",
            };
            if (rng.NextDouble() < o.RestrictedShare)
            {
                var day = rng.Next(o.Days);
                meeting.AllowedSlots = slots.Skip(day * o.SlotsPerDay).Take(o.SlotsPerDay).Select(s => s.Id!).ToList();
            }
            meetings.Add(meeting);
        }
        return meetings;
    }

    /// <summary>Fixes a share of meetings that need no interpreter at slots where they fit, so the instance stays valid.</summary>
    static void FixSome(GeneratorOptions o, Random rng, List<SlotSpec> slots, List<ParticipantSpec> participants, List<MeetingSpec> meetings)
    {
        var byId = participants.ToDictionary(p => p.Id!);
        var used = new HashSet<(string, string)>();
        var count = new Dictionary<string, int>();
        var onsite = new int[slots.Count];
        var target = (int)(meetings.Count * o.FixedShare);
        foreach (var m in meetings.OrderBy(_ => rng.Next()))
        {
            if (target == 0) break;
            var parts = m.Participants!.Select(id => byId[id]).ToList();
            if (!parts[0].Languages!.Intersect(parts[1].Languages!).Any()) continue;
            if (parts.Any(p => p.MaxMeetings is { } max && count.GetValueOrDefault(p.Id!) >= max)) continue;
            var k = rng.Next(slots.Count);
            var slot = slots[k].Id!;
            if (m.AllowedSlots is { } allowed && !allowed.Contains(slot)) continue;
            if (parts.Any(p => p.Unavailable!.Contains(slot) || used.Contains((p.Id!, slot)))) continue;
            if (m.Mode == "onsite" && onsite[k] >= o.Tables) continue;
            if (m.Mode == "onsite") onsite[k]++;
            foreach (var p in parts)
            {
                used.Add((p.Id!, slot));
                count[p.Id!] = count.GetValueOrDefault(p.Id!) + 1;
            }
            m.Fixed = new FixedSpec { Slot = slot };
            target--;
        }
    }
}
