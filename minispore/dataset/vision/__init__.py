"""`mindspore.dataset.vision`: image transforms."""
from . import transforms
from .transforms import (Border, CenterCrop, HWC2CHW, Inter, Normalize, RandomCrop,
                         RandomHorizontalFlip, RandomVerticalFlip, Rescale, Resize, ToTensor)
