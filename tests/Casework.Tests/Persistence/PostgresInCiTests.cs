namespace FamilyServices.Casework.Tests.Persistence;

public class PostgresInCiTests
{
    [Fact]
    public void CI_runs_the_persistence_tests_against_a_real_PostgreSQL()
    {
        // Locally the PostgreSQL cases are optional; in CI a missing server must fail, not pass quietly.
        if (Environment.GetEnvironmentVariable("CI") is "true" or "1")
        {
            Assert.False(TestDatabase.PostgresServer is null, $"CI must set {TestDatabase.PostgresVariable} to a PostgreSQL server.");
        }
    }
}
