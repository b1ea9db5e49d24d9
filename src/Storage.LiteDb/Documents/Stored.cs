using LiteDB;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class Stored
{
    /// <summary>A stored field this release cannot read: the file was changed by hand or by a bug.</summary>
    public static InvalidDataException Damaged(string field, BsonDocument document) =>
        new($"stored {field} cannot be read in {document}");
}
