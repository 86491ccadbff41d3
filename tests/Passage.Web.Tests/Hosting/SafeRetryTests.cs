using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Passage.Core.Accounts;
using Passage.Core.Storage;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.Hosting;

/// <summary>
/// The connection to the database fails under a request, as when the primary is lost: the server runs a read again, and a
/// write that carries an Idempotency-Key, but never a write without one; a keyed write whose commit went through before its
/// answer was lost is answered from what it stored, not written again.
/// </summary>
public sealed class SafeRetryTests
{
    private static readonly object Pledge = new { countryCode = "DE", places = 97, pledgedOn = "2026-01-10", categories = "Any" };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ReadWhoseConnectionFails_IsRunAgain_AndAnswers(DatabaseProvider provider)
    {
        var failure = new ConnectionLost();
        using var factory = Factory(provider, failure);
        using var api = await factory.ApiClientAsync("sara.ahmadi", Roles.Resettlement);
        (await api.PostJsonAsync("/api/v1/pledges", Pledge)).StatusCode.ShouldBe(HttpStatusCode.OK);

        failure.OnceOnCommand("FROM \"Pledges\"");
        using var response = await api.GetAsync("/api/v1/pledges");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync())[0].GetProperty("places").GetInt32().ShouldBe(97);
        failure.Thrown.ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task KeyedWriteWhoseConnectionFailsForSeconds_AsWhileTheStandbyIsPromoted_IsRunUntilItIsKeptOnce(DatabaseProvider provider)
    {
        var failure = new ConnectionLost();
        using var factory = Factory(provider, failure);
        using var api = await factory.ApiClientAsync("sara.ahmadi", Roles.Resettlement);

        failure.OnCommand("INSERT INTO \"IdempotencyRecords\"", times: 3);
        using var response = await IdempotencyKeyTests.SendAsync(api, HttpMethod.Post, "/api/v1/pledges", Pledge, "pledge-de-1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        failure.Thrown.ShouldBe(3);
        (await factory.WithDbAsync(db => db.Pledges.CountAsync())).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task KeyedWriteWhoseConnectionFailsBeforeCommit_IsRunAgain_AndKeptOnce(DatabaseProvider provider)
    {
        var failure = new ConnectionLost();
        using var factory = Factory(provider, failure);
        using var api = await factory.ApiClientAsync("sara.ahmadi", Roles.Resettlement);

        failure.OnceOnCommand("INSERT INTO \"IdempotencyRecords\"");
        using var response = await IdempotencyKeyTests.SendAsync(api, HttpMethod.Post, "/api/v1/pledges", Pledge, "pledge-de-1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        failure.Thrown.ShouldBe(1);
        (await factory.WithDbAsync(db => db.Pledges.CountAsync())).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task KeyedWriteWhoseAnswerIsLostAfterCommit_IsAnsweredFromTheRecord_NotWrittenAgain(DatabaseProvider provider)
    {
        var failure = new ConnectionLost();
        using var factory = Factory(provider, failure);
        using var api = await factory.ApiClientAsync("sara.ahmadi", Roles.Resettlement);

        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the token's first use is saved before the trap is set");
        failure.OnceAfterCommit();
        using var response = await IdempotencyKeyTests.SendAsync(api, HttpMethod.Post, "/api/v1/pledges", Pledge, "pledge-de-1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        failure.Thrown.ShouldBe(1);
        (await factory.WithDbAsync(db => db.Pledges.CountAsync())).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WriteWithoutAKeyWhoseConnectionFails_IsNotRunAgain(DatabaseProvider provider)
    {
        var failure = new ConnectionLost();
        using var factory = Factory(provider, failure);
        using var api = await factory.ApiClientAsync("sara.ahmadi", Roles.Resettlement);

        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the token's first use is saved before the trap is set");
        failure.OnceAfterCommit();
        using var response = await api.PostJsonAsync("/api/v1/pledges", Pledge);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        failure.Thrown.ShouldBe(1);
        (await factory.WithDbAsync(db => db.Pledges.CountAsync())).ShouldBe(1, "the write committed once and was not sent again");
    }

    private static PassageWebFactory Factory(DatabaseProvider provider, ConnectionLost failure) =>
        new(provider, services => services.ConfigureDbContext<PassageDbContext>(options => options.AddInterceptors(failure, failure.Commits)));

    /// <summary>Fails one command, or one commit after it went through, as a lost primary would: an I/O failure in Npgsql.</summary>
    private sealed class ConnectionLost : DbCommandInterceptor
    {
        private string? _commandText;
        private int _times;
        private int _thrown;

        public ConnectionLost() => Commits = new CommitLost(this);

        public int Thrown => Volatile.Read(ref _thrown);

        public CommitLost Commits { get; }

        private bool AfterCommit { get; set; }

        public void OnceOnCommand(string text) => OnCommand(text, times: 1);

        /// <summary>Fails the next <paramref name="times"/> commands holding <paramref name="text"/>, one after another.</summary>
        public void OnCommand(string text, int times)
        {
            _commandText = text;
            _times = times;
        }

        public void OnceAfterCommit() => AfterCommit = true;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            FailOn(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            FailOn(command);
            return ValueTask.FromResult(result);
        }

        private void FailOn(DbCommand command)
        {
            if (_commandText is { } text && command.CommandText.Contains(text, StringComparison.Ordinal))
            {
                if (--_times == 0)
                {
                    _commandText = null;
                }

                Throw();
            }
        }

        private void Throw()
        {
            Interlocked.Increment(ref _thrown);
            throw new NpgsqlException("Exception while reading from stream", new IOException("The primary went away."));
        }

        public sealed class CommitLost(ConnectionLost owner) : DbTransactionInterceptor
        {
            public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
            {
                if (owner.AfterCommit)
                {
                    owner.AfterCommit = false;
                    owner.Throw();
                }

                return Task.CompletedTask;
            }
        }
    }
}
