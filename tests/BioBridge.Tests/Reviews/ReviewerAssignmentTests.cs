using BioBridge.Features.Reviews;

namespace BioBridge.Tests.Reviews;

/// <summary>The reviewer assignment: N reviewers per submission, never in conflict, loads as even as possible, both clusters where possible.</summary>
public sealed class ReviewerAssignmentTests
{
    const string Seoul = "seoul-bio-hub";
    const string Liangjiang = "liangjiang";

    static AssignmentSubmission Submission(int id, params int[] organizations) =>
        new(id, $"S{id}", organizations.ToHashSet(), new HashSet<string>());

    static AssignmentReviewer Reviewer(string id, string cluster, int? organization = null, params int[] declared) =>
        new(id, id, organization, cluster, declared.ToHashSet());

    static void ShouldBeValid(AssignmentPlan plan, IReadOnlyList<AssignmentSubmission> submissions, IReadOnlyList<AssignmentReviewer> reviewers,
        int perSubmission, IReadOnlyCollection<AssignmentPair> kept)
    {
        var all = plan.Pairs.Concat(kept).ToList();
        all.Distinct().Count().ShouldBe(all.Count, "a reviewer reads a submission once");
        foreach (var s in submissions)
            all.Count(p => p.SubmissionId == s.Id).ShouldBe(perSubmission, $"submission {s.Id}");
        foreach (var p in plan.Pairs)
            ReviewerAssignment.Conflict(reviewers.Single(r => r.Id == p.ReviewerId), submissions.Single(s => s.Id == p.SubmissionId)).ShouldBeNull();
        foreach (var r in reviewers)
            plan.Loads[r.Id].ShouldBe(all.Count(p => p.ReviewerId == r.Id));
    }

    [Fact]
    public void Gives_every_submission_its_reviewers_with_loads_differing_by_at_most_one()
    {
        var submissions = Enumerable.Range(1, 7).Select(i => Submission(i, 100 + i)).ToList();
        var reviewers = new[] { Reviewer("a", Seoul), Reviewer("b", Seoul), Reviewer("c", Liangjiang), Reviewer("d", Liangjiang), Reviewer("e", Seoul) };
        var (plan, error) = ReviewerAssignment.Plan(submissions, reviewers, 2, []);
        error.ShouldBeNull();
        ShouldBeValid(plan!, submissions, reviewers, 2, []);
        plan!.Loads.Values.Max().ShouldBe(3);
        plan.Loads.Values.Min().ShouldBe(2);
    }

    [Fact]
    public void Never_assigns_a_reviewer_of_the_applicant_a_consortium_partner_or_a_declared_conflict()
    {
        var submissions = new[] { Submission(1, 10, 20), Submission(2, 30) };
        var reviewers = new[]
        {
            Reviewer("applicant-staff", Seoul, organization: 10),
            Reviewer("partner-staff", Liangjiang, organization: 20),
            Reviewer("declared", Seoul, null, 10),
            Reviewer("free-1", Seoul),
            Reviewer("free-2", Liangjiang),
        };
        var (plan, error) = ReviewerAssignment.Plan(submissions, reviewers, 2, []);
        error.ShouldBeNull();
        ShouldBeValid(plan!, submissions, reviewers, 2, []);
        plan!.Pairs.Where(p => p.SubmissionId == 1).Select(p => p.ReviewerId).OrderBy(r => r).ShouldBe(["free-1", "free-2"]);
        ReviewerAssignment.Conflict(reviewers[0], submissions[0])!.ShouldContain("applicant or consortium partner");
        ReviewerAssignment.Conflict(reviewers[1], submissions[0])!.ShouldContain("applicant or consortium partner");
        ReviewerAssignment.Conflict(reviewers[2], submissions[0])!.ShouldContain("declared a conflict of interest");
    }

    [Fact]
    public void Puts_a_reviewer_of_each_cluster_on_every_submission_when_the_panel_allows()
    {
        var submissions = Enumerable.Range(1, 6).Select(i => Submission(i, 100 + i)).ToList();
        var reviewers = new[] { Reviewer("s1", Seoul), Reviewer("s2", Seoul), Reviewer("s3", Seoul), Reviewer("c1", Liangjiang), Reviewer("c2", Liangjiang), Reviewer("c3", Liangjiang) };
        var (plan, _) = ReviewerAssignment.Plan(submissions, reviewers, 2, []);
        ShouldBeValid(plan!, submissions, reviewers, 2, []);
        foreach (var s in submissions)
            plan!.Pairs.Where(p => p.SubmissionId == s.Id).Select(p => reviewers.Single(r => r.Id == p.ReviewerId).ClusterId).Distinct().Count()
                .ShouldBe(2, $"submission {s.Id}");
        plan!.Loads.Values.ShouldAllBe(load => load == 2);
    }

    [Fact]
    public void Keeps_manual_assignments_and_counts_them_in_the_loads()
    {
        var submissions = Enumerable.Range(1, 4).Select(i => Submission(i, 100 + i)).ToList();
        var reviewers = new[] { Reviewer("a", Seoul), Reviewer("b", Liangjiang), Reviewer("c", Seoul), Reviewer("d", Liangjiang) };
        AssignmentPair[] kept = [new(1, "a"), new(2, "a")];
        var (plan, error) = ReviewerAssignment.Plan(submissions, reviewers, 2, kept);
        error.ShouldBeNull();
        ShouldBeValid(plan!, submissions, reviewers, 2, kept);
        plan!.Pairs.ShouldNotContain(new AssignmentPair(1, "a"));
        plan.Loads.Values.ShouldAllBe(load => load == 2);
    }

    [Fact]
    public void Refuses_when_a_submission_has_too_few_reviewers_without_conflict_and_names_it()
    {
        var submissions = new[] { Submission(1, 10), Submission(2, 20) };
        var reviewers = new[] { Reviewer("a", Seoul, 10), Reviewer("b", Seoul), Reviewer("c", Liangjiang, null, 10) };
        var (plan, error) = ReviewerAssignment.Plan(submissions, reviewers, 2, []);
        plan.ShouldBeNull();
        error!.ShouldContain("Submission 'S1' needs 2 reviewers but only 1 of the 3 on the panel have no conflict of interest");
    }

    [Fact]
    public void Refuses_when_the_reviews_exceed_the_limit_per_reviewer()
    {
        var submissions = Enumerable.Range(1, 5).Select(i => Submission(i, 100 + i)).ToList();
        var reviewers = new[] { Reviewer("a", Seoul), Reviewer("b", Liangjiang) };
        var (plan, error) = ReviewerAssignment.Plan(submissions, reviewers, 2, [], maxPerReviewer: 4);
        plan.ShouldBeNull();
        error!.ShouldContain("Only 8 of the 10 missing reviews fit within the limit of 4 reviews per reviewer");
    }

    [Fact]
    public void Refuses_an_empty_panel()
    {
        var (_, error) = ReviewerAssignment.Plan([Submission(1, 10)], [], 2, []);
        error!.ShouldContain("panel is empty");
    }

    /// <summary>
    /// Against exhaustive search on many small random instances with random conflicts: the plan is valid, and its
    /// max − min load is the smallest any valid assignment reaches (so at most 1 whenever 1 is reachable).
    /// </summary>
    [Fact]
    public void Reaches_the_most_even_loads_possible_on_random_instances()
    {
        var random = new Random(20261125);
        var checkedBalanced = 0;
        for (var round = 0; round < 300; round++)
        {
            var submissionCount = random.Next(1, 5);
            var reviewerCount = random.Next(2, 6);
            var perSubmission = random.Next(1, 3);
            var submissions = Enumerable.Range(1, submissionCount).Select(i => Submission(i, i)).ToList();
            var reviewers = Enumerable.Range(0, reviewerCount).Select(r =>
            {
                var declared = Enumerable.Range(1, submissionCount).Where(_ => random.NextDouble() < 0.25).ToArray();
                int? organization = random.NextDouble() < 0.2 ? random.Next(1, submissionCount + 1) : null;
                return Reviewer($"r{r}", r % 2 == 0 ? Seoul : Liangjiang, organization, declared);
            }).ToList();

            var best = BestSpread(submissions, reviewers, perSubmission);
            var (plan, error) = ReviewerAssignment.Plan(submissions, reviewers, perSubmission, []);
            if (best is null)
            {
                plan.ShouldBeNull($"round {round}");
                error.ShouldNotBeNull();
                continue;
            }
            error.ShouldBeNull($"round {round}");
            ShouldBeValid(plan!, submissions, reviewers, perSubmission, []);
            (plan!.Loads.Values.Max() - plan.Loads.Values.Min()).ShouldBe(best.Value, $"round {round}");
            if (best <= 1)
                checkedBalanced++;
        }
        checkedBalanced.ShouldBeGreaterThan(100);
    }

    /// <summary>The smallest max − min load over every valid assignment, or null when none exists.</summary>
    static int? BestSpread(IReadOnlyList<AssignmentSubmission> submissions, IReadOnlyList<AssignmentReviewer> reviewers, int perSubmission)
    {
        var options = submissions.Select(s => Subsets(reviewers.Where(r => ReviewerAssignment.Conflict(r, s) is null).Select(r => r.Id).ToList(), perSubmission)
            .ToList()).ToList();
        int? best = null;
        var loads = reviewers.ToDictionary(r => r.Id, _ => 0);
        void Walk(int s)
        {
            if (s == submissions.Count)
            {
                var spread = loads.Values.Max() - loads.Values.Min();
                best = best is null ? spread : Math.Min(best.Value, spread);
                return;
            }
            foreach (var subset in options[s])
            {
                foreach (var r in subset) loads[r]++;
                Walk(s + 1);
                foreach (var r in subset) loads[r]--;
            }
        }
        Walk(0);
        return best;
    }

    static IEnumerable<List<string>> Subsets(List<string> items, int size)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }
        for (var i = 0; i <= items.Count - size; i++)
            foreach (var rest in Subsets(items[(i + 1)..], size - 1))
                yield return [items[i], .. rest];
    }
}
