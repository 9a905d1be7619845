namespace Vigil.Contracts.V1;

/// <summary>A computer's extended security updates exception; <paramref name="Active"/> false once removed or replaced.</summary>
public sealed record EsuExceptionDto(
    Guid Id,
    Guid ComputerId,
    DateOnly Until,
    string? Note,
    string RecordedBy,
    DateTime RecordedAt,
    DateTime? RemovedAt,
    string? RemovedBy,
    bool Active);

/// <summary>Record an ESU exception: last covered day (local) and a note such as the licence or contract number.</summary>
public sealed record EsuWriteDto(DateOnly? Until, string? Note);
