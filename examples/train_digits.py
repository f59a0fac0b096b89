"""Train a LeNet-style network on scikit-learn's handwritten digits, save it, reload it.

    pip install '.[examples]'
    python examples/train_digits.py [--epochs N] [--out DIR]

The training loop is MindSpore's tutorial idiom (`value_and_grad` with `has_aux`,
`optimizer(grads)`). Apart from the progress bar, everything is MindSpore's API: with
`import mindspore` the same code trains on MindSpore.
"""
import argparse
import os
import sys
import time

import numpy as np

import minispore as mindspore
from minispore import nn
from minispore.train.progress import progress_bar

BATCH_SIZE = 32
LEARNING_RATE = 2e-3
SEED = 0


def load_digits_split(seed=SEED, test_fraction=0.2):
    """The 1,797 digits as (N, 1, 8, 8) float32 in [0, 1] with int32 labels, split in two."""
    try:
        from sklearn.datasets import load_digits
    except ImportError:
        sys.exit("This demo reads the digits data set that scikit-learn ships. Install the "
                 "examples extra: pip install '.[examples]'")
    digits = load_digits()
    images = (digits.images / 16.0).astype(np.float32)[:, None, :, :]
    labels = digits.target.astype(np.int32)
    order = np.random.default_rng(seed).permutation(len(labels))
    n_test = int(len(labels) * test_fraction)
    test, train = order[:n_test], order[n_test:]
    return (images[train], labels[train]), (images[test], labels[test])


class LeNet(nn.Cell):
    """LeNet for 8x8 inputs: two 3x3 convolutions, each with 2x2 max pooling, then two Dense."""

    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.SequentialCell(
            nn.Conv2d(1, 32, 3, pad_mode='same'), nn.ReLU(), nn.MaxPool2d(2, 2),   # 32x4x4
            nn.Conv2d(32, 64, 3, pad_mode='same'), nn.ReLU(), nn.MaxPool2d(2, 2),  # 64x2x2
        )
        self.flatten = nn.Flatten()
        self.classifier = nn.SequentialCell(
            nn.Dense(64 * 2 * 2, 128), nn.ReLU(),
            nn.Dense(128, num_classes),
        )

    def construct(self, x):
        return self.classifier(self.flatten(self.features(x)))


def batches(images, labels, batch_size, rng=None):
    """(images, labels) Tensors of `batch_size` rows, shuffled when `rng` is given."""
    order = rng.permutation(len(labels)) if rng is not None else np.arange(len(labels))
    for start in range(0, len(labels), batch_size):
        index = order[start:start + batch_size]
        yield mindspore.Tensor(images[index]), mindspore.Tensor(labels[index])


def accuracy(model, images, labels):
    """Fraction of `images` whose arg-max logit is the label."""
    model.set_train(False)
    correct = 0
    for data, label in batches(images, labels, 256):
        correct += int((model(data).argmax(1) == label).sum())
    return correct / len(labels)


def train(model, train_set, test_set, epochs, seed=SEED):
    """Train `model` with Adam; return the loss of every step."""
    loss_fn = nn.CrossEntropyLoss()
    optimizer = nn.Adam(model.trainable_params(), learning_rate=LEARNING_RATE)

    def forward_fn(data, label):
        logits = model(data)
        loss = loss_fn(logits, label)
        return loss, logits

    grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)

    def train_step(data, label):
        (loss, _), grads = grad_fn(data, label)
        optimizer(grads)
        return loss

    rng = np.random.default_rng(seed)
    steps_per_epoch = -(-len(train_set[1]) // BATCH_SIZE)
    losses = []
    for epoch in range(1, epochs + 1):
        model.set_train()
        start = time.perf_counter()
        bar = progress_bar(batches(*train_set, BATCH_SIZE, rng), total=steps_per_epoch,
                           desc=f'epoch {epoch}/{epochs}')
        epoch_losses = []
        for data, label in bar:
            epoch_losses.append(float(train_step(data, label)))
            bar.set_postfix(loss=f'{epoch_losses[-1]:.4f}')
        seconds = time.perf_counter() - start
        losses += epoch_losses
        print(f'epoch {epoch}: loss {np.mean(epoch_losses):.4f}, test accuracy '
              f'{accuracy(model, *test_set):.2%} ({seconds:.2f} s)', flush=True)
    return losses


def plot_losses(losses, path):
    """Write the loss curve to `path`; return False when matplotlib is missing."""
    try:
        import matplotlib
    except ImportError:
        return False
    matplotlib.use('Agg')
    from matplotlib import pyplot as plt
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(np.arange(1, len(losses) + 1), losses, linewidth=0.8)
    ax.set_xlabel('step')
    ax.set_ylabel('cross-entropy loss')
    ax.set_title('LeNet on the digits set')
    ax.set_yscale('log')
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--epochs', type=int, default=10, help='training epochs (default 10)')
    parser.add_argument('--out', default='digits_demo',
                        help='directory for the checkpoint and the loss curve '
                             '(default ./digits_demo)')
    args = parser.parse_args(argv)
    if args.epochs < 1:
        parser.error(f'--epochs must be at least 1, but got {args.epochs}')

    mindspore.set_seed(SEED)
    train_set, test_set = load_digits_split()
    print(f'digits: {len(train_set[1])} training and {len(test_set[1])} test images of 8x8')
    model = LeNet()
    losses = train(model, train_set, test_set, args.epochs)
    trained = accuracy(model, *test_set)

    os.makedirs(args.out, exist_ok=True)
    ckpt = os.path.join(args.out, 'lenet_digits.ckpt')
    mindspore.save_checkpoint(model, ckpt)
    fresh = LeNet()
    not_loaded, _ = mindspore.load_param_into_net(fresh, mindspore.load_checkpoint(ckpt))
    if not_loaded:
        sys.exit(f'Parameters not loaded from {ckpt}: {not_loaded}')
    reloaded = accuracy(fresh, *test_set)
    print(f'test accuracy: trained {trained:.2%}, reloaded from {ckpt} {reloaded:.2%}')

    png = os.path.join(args.out, 'loss_curve.png')
    if plot_losses(losses, png):
        print(f'loss curve written to {png}')
    else:
        print("loss curve skipped: matplotlib is not installed (pip install '.[examples]')")
    return trained, reloaded


if __name__ == '__main__':
    main()
