"""`mindspore.dataset`: datasets, their pipelines and iterators, samplers, and data transforms."""
from . import config, samplers, transforms, vision
from .datasets import (BatchInfo, Cifar10Dataset, Dataset, GeneratorDataset, MnistDataset,
                       NumpySlicesDataset, zip)
from .samplers import (DistributedSampler, RandomSampler, Sampler, SequentialSampler, Shuffle,
                       SubsetRandomSampler, SubsetSampler, WeightedRandomSampler)
