namespace Vigil.Contracts.V1;

/// <summary>One page of computers matching the filters, with the counts the filter bar shows.</summary>
/// <param name="Total">Computers matching every filter (all pages).</param>
/// <param name="Counts">Counts for the chosen unit (and subtree) before the other filters are applied.</param>
public sealed record ComputerListDto(
    IReadOnlyList<ComputerSummaryDto> Items,
    int Total,
    int Page,
    int PageSize,
    ComputerCountsDto Counts,
    DateTime AsOf,
    int StaleAfterDays);

/// <summary>How many computers fall under each filter; keys of the lists are the filter values.</summary>
public sealed record ComputerCountsDto(
    int Total,
    int Unsupported,
    int Personal,
    int Stale,
    int WithConflicts,
    IReadOnlyList<CountDto> BySource,
    IReadOnlyList<CountDto> ByOsFamily,
    IReadOnlyList<CountDto> ByOsRelease);

public sealed record CountDto(string Key, int Count);
