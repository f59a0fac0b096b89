import numpy as np
import pytest

import minispore


@pytest.fixture(autouse=True)
def _seed():
    np.random.seed(0)
    minispore.set_seed(0)
