namespace SocialInsurance.Api.Infrastructure.Materials;

/// <summary><c>Materials:Store</c>: where uploaded files are kept.</summary>
public enum MaterialStoreKind
{
    /// <summary>In the main database (<c>case_material_files</c>): every node reads what any node stored.</summary>
    Database,

    /// <summary>Files under <c>Materials:Path</c>: one node, or several that mount one shared volume there.</summary>
    FileSystem,
}
