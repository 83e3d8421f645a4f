namespace FamilyServices.Knowledge.Routing;

/// <summary>
/// A multinomial logistic regression over the classifier's own TF-IDF features, trained when the content loads.
/// Nearest-example scoring lets any shared word pull a message towards an example ("can i bring" is in many
/// intents); this layer learns which words tell the intents apart ("haine" is dress code, "voie" is not).
/// Training is deterministic (fixed order and seed), so the same content always routes the same way.
/// </summary>
internal sealed class SoftmaxLayer
{
    // Trained close to convergence: phrasings held out of the examples route better (cross-validation 0.797 to 0.805)
    // than after 12 epochs at a rate that fell fast, which stopped the layer short of what the examples teach.
    private const int Epochs = 30;
    private const float LearningRate = 1.0f;
    private const float RateFall = 0.2f;
    private const float Decay = 1e-5f;

    private readonly int _classes;
    private readonly float[] _weights; // feature-major: _weights[feature * _classes + intent]
    private readonly float[] _bias;

    public SoftmaxLayer(int features, int classes, IReadOnlyList<(int Id, float Weight)[]> examples, int[] labels)
    {
        _classes = classes;
        _weights = new float[features * classes];
        _bias = new float[classes];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(17);
        var probabilities = new float[classes];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + epoch * RateFall);
            foreach (var e in order)
            {
                Probabilities(examples[e], probabilities);
                probabilities[labels[e]] -= 1; // gradient of the log loss: predicted minus true
                foreach (var (id, x) in examples[e])
                {
                    var row = id * classes;
                    for (var c = 0; c < classes; c++)
                    {
                        _weights[row + c] -= rate * (probabilities[c] * x + Decay * _weights[row + c]);
                    }
                }

                for (var c = 0; c < classes; c++)
                {
                    _bias[c] -= rate * 0.1f * probabilities[c];
                }
            }
        }
    }

    /// <summary>Writes the probability of every intent for one weighted feature vector into <paramref name="output"/>.</summary>
    public void Probabilities(IReadOnlyList<(int Id, float Weight)> vector, float[] output)
    {
        _bias.CopyTo(output, 0);
        foreach (var (id, x) in vector)
        {
            var row = id * _classes;
            for (var c = 0; c < _classes; c++)
            {
                output[c] += _weights[row + c] * x;
            }
        }

        var max = output.Max();
        float sum = 0;
        for (var c = 0; c < _classes; c++)
        {
            output[c] = MathF.Exp(output[c] - max);
            sum += output[c];
        }

        for (var c = 0; c < _classes; c++)
        {
            output[c] /= sum;
        }
    }
}
