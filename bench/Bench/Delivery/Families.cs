namespace SoLienLac.Bench.Delivery;

/// <summary>How many students there are, how many still study (only they get summaries), and what was added.</summary>
internal sealed record Families(int Students, int Studying, int LinksAdded, int AbsencesAdded);
