using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Passage.Core.Storage;

namespace Passage.Migrations.Sqlite;

/// <summary>Lets the EF Core tools build this provider's migrations; never used at run time.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PassageDbContext>
{
    public PassageDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PassageDbContext>().UsePassageDatabase("Data Source=design.db").Options);
}
