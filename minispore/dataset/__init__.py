"""`mindspore.dataset`: datasets, their pipelines and iterators, and data transforms."""
from . import config, transforms, vision
from .datasets import Cifar10Dataset, Dataset, GeneratorDataset, MnistDataset, NumpySlicesDataset
