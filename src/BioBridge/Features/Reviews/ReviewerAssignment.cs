namespace BioBridge.Features.Reviews;

/// <summary>
/// Assigns reviewers to submissions: every submission gets <c>perSubmission</c> reviewers without a conflict of interest,
/// reviewer loads as even as the conflicts allow, and reviewers of every cluster of the panel on each submission where possible.
/// Pure: no database; the use case feeds it the call's submissions, the panel and the assignments to keep.
/// </summary>
/// <remarks>
/// A min-cost flow: source → submission (capacity = reviewers still needed) → (submission, reviewer cluster) →
/// reviewer (capacity 1, only without conflict) → sink. The sink arcs of a reviewer are unit arcs whose costs rise with the
/// load (k·M for the k-th review), so a min-cost flow minimizes the sum of squared loads; on this kind of flow polytope
/// (the loads form the bases of a polymatroid) that minimum is also lexicographically the most even load vector
/// (Fujishige), so max − min ≤ 1 whenever some assignment achieves it. The first review of a submission from each cluster
/// earns a bonus of −1; M exceeds the sum of all bonuses, so the cluster mix never costs balance.
/// </remarks>
public static class ReviewerAssignment
{
    /// <summary>Why a reviewer may not review a submission, or null when they may.</summary>
    public static string? Conflict(AssignmentReviewer reviewer, AssignmentSubmission submission)
    {
        if (reviewer.OrganizationId is { } own && submission.Organizations.Contains(own))
            return ReviewText.Say($"{reviewer.Label} belongs to an organization of submission '{submission.Label}' (applicant or consortium partner).");
        if (reviewer.DeclaredConflicts.Overlaps(submission.Organizations))
            return ReviewText.Say($"{reviewer.Label} declared a conflict of interest with an organization of submission '{submission.Label}'.");
        return null;
    }

    /// <summary>
    /// Plans the missing reviews. <paramref name="kept"/> are assignments that stay (manual ones, reviews already started):
    /// they count towards a submission's reviewers and a reviewer's load. <paramref name="maxPerReviewer"/> caps any load.
    /// Fails with a message naming the submission or the limit when the reviews cannot all be placed.
    /// </summary>
    public static (AssignmentPlan? Plan, string? Error) Plan(IReadOnlyList<AssignmentSubmission> submissions, IReadOnlyList<AssignmentReviewer> reviewers,
        int perSubmission, IReadOnlyCollection<AssignmentPair> kept, int? maxPerReviewer = null)
    {
        if (perSubmission < 1)
            return (null, ReviewText.Say("Each submission needs at least one reviewer."));
        if (reviewers.Count == 0)
            return (null, ReviewText.Say("The review panel is empty: add users with the reviewer role first."));
        var keptSet = kept.ToHashSet();
        var loads = reviewers.ToDictionary(r => r.Id, r => kept.Count(k => k.ReviewerId == r.Id));

        // Per submission first: a clear message beats an anonymous shortfall of the flow.
        var eligible = new List<AssignmentReviewer>[submissions.Count];
        var needed = new int[submissions.Count];
        for (var s = 0; s < submissions.Count; s++)
        {
            var submission = submissions[s];
            var already = kept.Count(k => k.SubmissionId == submission.Id);
            needed[s] = Math.Max(0, perSubmission - already);
            eligible[s] = reviewers.Where(r => !keptSet.Contains(new AssignmentPair(submission.Id, r.Id)) && Conflict(r, submission) is null).ToList();
            if (eligible[s].Count < needed[s])
                return (null, ReviewText.Say($"Submission '{submission.Label}' needs {perSubmission} reviewers but only {eligible[s].Count + already} of the {reviewers.Count} on the panel have no conflict of interest with it; add reviewers or lower the number per submission."));
        }

        var clusters = reviewers.Select(r => r.ClusterId ?? "").Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        var graph = new FlowGraph();
        var source = graph.AddNode();
        var sink = graph.AddNode();
        var reviewerNode = reviewers.ToDictionary(r => r.Id, _ => graph.AddNode());
        var bigM = submissions.Count * clusters.Count + 1;
        var capacity = maxPerReviewer ?? submissions.Count + kept.Count;
        foreach (var r in reviewers)
            for (var k = loads[r.Id] + 1; k <= capacity; k++)
                graph.AddArc(reviewerNode[r.Id], sink, 1, (long)k * bigM);

        var pairArcs = new List<(int Arc, int SubmissionId, string ReviewerId)>();
        for (var s = 0; s < submissions.Count; s++)
        {
            if (needed[s] == 0)
                continue;
            var submission = submissions[s];
            var node = graph.AddNode();
            graph.AddArc(source, node, needed[s], 0);
            var covered = kept.Where(k => k.SubmissionId == submission.Id)
                .Select(k => reviewers.FirstOrDefault(r => r.Id == k.ReviewerId)?.ClusterId ?? "").ToHashSet();
            foreach (var cluster in clusters)
            {
                var members = eligible[s].Where(r => (r.ClusterId ?? "") == cluster).ToList();
                if (members.Count == 0)
                    continue;
                var clusterNode = graph.AddNode();
                // Convex: the first review from a cluster not yet on the submission earns the bonus, the rest cost nothing.
                if (!covered.Contains(cluster))
                    graph.AddArc(node, clusterNode, 1, -1);
                graph.AddArc(node, clusterNode, needed[s], 0);
                foreach (var r in members)
                    pairArcs.Add((graph.AddArc(clusterNode, reviewerNode[r.Id], 1, 0), submission.Id, r.Id));
            }
        }

        var total = needed.Sum();
        var placed = graph.MinCostFlow(source, sink, total);
        if (placed < total)
            return (null, ReviewText.Say($"Only {placed} of the {total} missing reviews fit within the limit of {maxPerReviewer} reviews per reviewer; add reviewers or raise the limit."));
        var pairs = pairArcs.Where(p => graph.Flow(p.Arc) > 0).Select(p => new AssignmentPair(p.SubmissionId, p.ReviewerId)).ToList();
        foreach (var p in pairs)
            loads[p.ReviewerId]++;
        return (new AssignmentPlan(pairs, loads), null);
    }

    /// <summary>A residual graph with successive shortest paths (Bellman-Ford queue, since bonus arcs cost less than zero).</summary>
    sealed class FlowGraph
    {
        readonly List<int> to = [], capacity = [], flow = [];
        readonly List<long> cost = [];
        readonly List<List<int>> outgoing = [];

        public int AddNode()
        {
            outgoing.Add([]);
            return outgoing.Count - 1;
        }

        /// <summary>Adds the arc and its reverse; the arc's index, for reading its flow later.</summary>
        public int AddArc(int from, int target, int cap, long arcCost)
        {
            var index = to.Count;
            to.Add(target); capacity.Add(cap); flow.Add(0); cost.Add(arcCost); outgoing[from].Add(index);
            to.Add(from); capacity.Add(0); flow.Add(0); cost.Add(-arcCost); outgoing[target].Add(index + 1);
            return index;
        }

        public int Flow(int arc) => flow[arc];

        public int MinCostFlow(int source, int sink, int wanted)
        {
            var sent = 0;
            var n = outgoing.Count;
            while (sent < wanted)
            {
                var distance = new long[n];
                Array.Fill(distance, long.MaxValue);
                var via = new int[n];
                var queued = new bool[n];
                var queue = new Queue<int>();
                distance[source] = 0;
                queue.Enqueue(source);
                while (queue.Count > 0)
                {
                    var u = queue.Dequeue();
                    queued[u] = false;
                    foreach (var a in outgoing[u])
                    {
                        if (capacity[a] - flow[a] <= 0 || distance[u] + cost[a] >= distance[to[a]])
                            continue;
                        distance[to[a]] = distance[u] + cost[a];
                        via[to[a]] = a;
                        if (!queued[to[a]])
                        {
                            queued[to[a]] = true;
                            queue.Enqueue(to[a]);
                        }
                    }
                }
                if (distance[sink] == long.MaxValue)
                    break;
                var push = wanted - sent;
                for (var v = sink; v != source; v = to[via[v] ^ 1])
                    push = Math.Min(push, capacity[via[v]] - flow[via[v]]);
                for (var v = sink; v != source; v = to[via[v] ^ 1])
                {
                    flow[via[v]] += push;
                    flow[via[v] ^ 1] -= push;
                }
                sent += push;
            }
            return sent;
        }
    }
}
