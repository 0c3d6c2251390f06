using BioBridge.Features.Reviews;

namespace BioBridge.Tests.Reviews;

/// <summary>The ranking: per-reviewer z-scores per criterion, rubric weights, and the spread flag.</summary>
public sealed class SubmissionRankingTests
{
    static RankingReview Review(int submission, string reviewer, params int[] scores) =>
        new(submission, reviewer, scores.Select((v, i) => (v, i)).ToDictionary(x => x.i + 1, x => x.v));

    static readonly RankingCriterion[] OneCriterion = [new(1, 1, 1, 5)];

    [Fact]
    public void Weighs_each_criterions_z_score_by_the_rubric()
    {
        // Weights 3 and 1 become 0.75 and 0.25. Criterion 1: μ=4, σ=1, so z = +1 / −1; criterion 2: μ=3, σ=2, so z = −1 / +1.
        RankingCriterion[] rubric = [new(1, 3, 1, 5), new(2, 1, 1, 5)];
        var ranking = SubmissionRanking.Rank(rubric, [Review(1, "r", 5, 1), Review(2, "r", 3, 5)]);
        ranking[0].SubmissionId.ShouldBe(1);
        ranking[0].Normalized.ShouldBe(0.75 * 1 + 0.25 * -1, 1e-9);
        ranking[1].Normalized.ShouldBe(-0.5, 1e-9);
        // Raw: 0.75·(5−1)/4 + 0.25·(1−1)/4 = 0.75.
        ranking[0].Raw.ShouldBe(0.75, 1e-9);
        ranking.Select(r => r.Rank).ShouldBe([1, 2]);
    }

    [Fact]
    public void A_strict_and_a_lenient_reviewer_who_agree_on_order_count_the_same()
    {
        // The lenient reviewer scores 5, 4, 3; the strict one 3, 2, 1 on the same three submissions: equal z-scores.
        var reviews = new[]
        {
            Review(1, "lenient", 5), Review(2, "lenient", 4), Review(3, "lenient", 3),
            Review(1, "strict", 3), Review(2, "strict", 2), Review(3, "strict", 1),
        };
        var ranking = SubmissionRanking.Rank(OneCriterion, reviews);
        ranking.Select(r => r.SubmissionId).ShouldBe([1, 2, 3]);
        ranking[0].Normalized.ShouldBe(Math.Sqrt(1.5), 1e-9); // (5 − 4) / sqrt(2/3)
        ranking[1].Normalized.ShouldBe(0, 1e-9);
    }

    [Fact]
    public void Corrects_the_bias_of_a_strict_reviewer_who_read_other_submissions()
    {
        // Each reviewer read two submissions. By raw score the lenient reviewer's weaker one (4) beats the strict reviewer's
        // better one (3); after correction each reviewer's better submission ranks above both weaker ones.
        var reviews = new[] { Review(1, "lenient", 5), Review(2, "lenient", 4), Review(3, "strict", 3), Review(4, "strict", 1) };
        var ranking = SubmissionRanking.Rank(OneCriterion, reviews);
        ranking.Single(r => r.SubmissionId == 3).Normalized.ShouldBe(1, 1e-9);
        ranking.Single(r => r.SubmissionId == 2).Normalized.ShouldBe(-1, 1e-9);
        ranking.Single(r => r.SubmissionId == 3).Rank.ShouldBeLessThan(ranking.Single(r => r.SubmissionId == 2).Rank);
        // Ties on the normalized score go to the higher raw score.
        ranking.Select(r => r.SubmissionId).ShouldBe([1, 3, 2, 4]);
    }

    [Fact]
    public void A_reviewer_who_gives_one_score_to_everything_tells_nothing_about_order()
    {
        var reviews = new[] { Review(1, "flat", 4), Review(2, "flat", 4), Review(1, "other", 5), Review(2, "other", 1) };
        var ranking = SubmissionRanking.Rank(OneCriterion, reviews);
        // "flat" contributes z = 0 to both; "other" contributes +1 / −1; each submission averages its two reviewers.
        ranking.Single(r => r.SubmissionId == 1).Normalized.ShouldBe(0.5, 1e-9);
        ranking.Single(r => r.SubmissionId == 2).Normalized.ShouldBe(-0.5, 1e-9);
    }

    [Fact]
    public void Flags_a_submission_whose_reviewers_disagree_by_more_than_the_threshold()
    {
        var reviews = new[] { Review(1, "a", 5), Review(1, "b", 2), Review(2, "a", 4), Review(2, "b", 4) };
        var ranking = SubmissionRanking.Rank(OneCriterion, reviews, spreadThreshold: 0.5);
        var split = ranking.Single(r => r.SubmissionId == 1);
        split.Spread.ShouldBe(0.75, 1e-9); // (5−1)/4 − (2−1)/4
        split.Flagged.ShouldBeTrue();
        var agreed = ranking.Single(r => r.SubmissionId == 2);
        agreed.Spread.ShouldBe(0);
        agreed.Flagged.ShouldBeFalse();
        agreed.Reviews.ShouldBe(2);
        SubmissionRanking.Rank(OneCriterion, reviews, spreadThreshold: 0.8).Single(r => r.SubmissionId == 1).Flagged.ShouldBeFalse();
    }

    [Fact]
    public void Ranks_nothing_without_reviews()
    {
        SubmissionRanking.Rank(OneCriterion, []).ShouldBeEmpty();
    }
}
