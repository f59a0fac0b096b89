"""Raw NumPy: the floor. W1 and W7 are the single ops on ndarrays; W2 to W6 are hand-written
forward + backward passes (numpy_math.py)."""
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

    def w4():
        x, w = _common.w4_data()
        return (lambda: numpy_math.w4_loss_and_grads(x, w)), (lambda r: list(r[1]))

    def w5():
        logits, labels = _common.w5_data()
        return (lambda: numpy_math.w5_loss_and_grad(logits, labels)), (lambda r: [r[1]])

    def w6():
        table, idx, weights = _common.w6_data()
        return (lambda: numpy_math.w6_loss_and_grad(table, idx, weights)), (lambda r: [r[1]])

    def w7(op):
        x, y = _common.w7_data()
        return (lambda: op(x, y)), (lambda r: [np.asarray(r)])

    workloads = {"W1": w1, "W2": w2, "W3": w3, "W4": w4, "W5": w5, "W6": w6}
    for name, (_, op) in numpy_math.W7_OPS.items():
        workloads[name] = lambda op=op: w7(op)
    return workloads


if __name__ == "__main__":
    _common.main("numpy", build, versions={"numpy": np.__version__})
