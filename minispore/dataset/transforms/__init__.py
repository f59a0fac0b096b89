"""`mindspore.dataset.transforms`: general data transforms."""
from . import transforms
from .transforms import Compose, OneHot, TypeCast
