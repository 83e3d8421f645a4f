namespace FamilyServices.Knowledge;

/// <summary>Holds the current content snapshot; replacing it is one atomic swap, so readers never see half an edit.</summary>
public sealed class KnowledgeStore(KnowledgeBase initial)
{
    private KnowledgeBase _current = initial;

    public KnowledgeBase Current => Volatile.Read(ref _current);

    public event Action<KnowledgeBase>? Replaced;

    public void Replace(KnowledgeBase next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Volatile.Write(ref _current, next);
        Replaced?.Invoke(next);
    }
}
