"""Raw NumPy: the floor. W1 is `a + b` on ndarrays; W2/W3 are hand-written forward + backward."""
import numpy as np

import _common
import numpy_math


def build():
    def w1():
        a, b = _common.w1_data()
        return (lambda: a + b), (lambda r: [r])

    def w2():
        x, y, w, b = _common.w2_data()
        return (lambda: numpy_math.w2_loss_and_grads(x, y, w, b)), (lambda r: list(r[1]))

    def w3():
        x = _common.w3_data()
        return (lambda: numpy_math.w3_loss_and_grad(x)), (lambda r: [r[1]])

    return {"W1": w1, "W2": w2, "W3": w3}


if __name__ == "__main__":
    _common.main("numpy", build, versions={"numpy": np.__version__})
