using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Matching.Scoring;

namespace Passage.Web.Tests;

public sealed partial class PassageWebFactory
{
    /// <summary>Stores open duplicate reviews as an earlier scan would have left them, each with its stored likelihood.</summary>
    public Task<int> SeedReviewsAsync(IEnumerable<(Person A, Person B, double Probability)> pairs) => WithDbAsync(db =>
    {
        var found = DateTimeOffset.UtcNow;
        foreach (var (a, b, probability) in pairs)
        {
            db.DuplicateReviews.Add(DuplicateReview.Propose(a.Id, b.Id, new MatchResult(probability, 13, MatchDecision.Match, -16, []), found));
        }

        return db.SaveChangesAsync();
    });
}
