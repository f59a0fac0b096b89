"""PyTorch (CPU, eager). Default thread settings; they are recorded in the output."""
import _common
import numpy_math


def build():
    global torch
    import torch
    import torch.nn.functional as F

    def w1():
        a, b = map(torch.from_numpy, _common.w1_data())
        return (lambda: a + b), (lambda r: [r.numpy()])

    def w2():
        x, y, w, b = map(torch.from_numpy, _common.w2_data())
        w.requires_grad_(True)
        b.requires_grad_(True)

        def call():  # forward + backward
            z = torch.matmul(x, w) + b
            loss = F.binary_cross_entropy_with_logits(
                z, y, weight=torch.ones_like(z), pos_weight=torch.ones_like(z))
            return torch.autograd.grad(loss, (w, b))
        return call, (lambda r: [g.numpy() for g in r])

    def w3():
        x = torch.from_numpy(_common.w3_data()).requires_grad_(True)

        def f(x):
            for _ in range(numpy_math.CYCLES):
                x = torch.sin(x)
                x = x * numpy_math.SCALE
                x = x + numpy_math.SHIFT
                x = torch.tanh(x)
                x = torch.exp(x)
            return x.sum()

        def call():
            return torch.autograd.grad(f(x), x)[0]
        return call, (lambda r: [r.numpy()])

    def w4():
        x, w = (torch.from_numpy(a).requires_grad_(True) for a in _common.w4_data())

        def call():
            loss = F.conv2d(x, w, padding=numpy_math.CONV_PADDING).sum()
            return torch.autograd.grad(loss, (x, w))
        return call, (lambda r: [g.numpy() for g in r])

    def w5():
        logits, labels = _common.w5_data()
        logits = torch.from_numpy(logits).requires_grad_(True)
        labels = torch.from_numpy(labels).long()  # class indices must be int64 (or uint8)

        def call():
            return torch.autograd.grad(F.cross_entropy(logits, labels), logits)[0]
        return call, (lambda r: [r.numpy()])

    def w6():
        table, idx, weights = map(torch.from_numpy, _common.w6_data())  # idx stays int32
        table.requires_grad_(True)

        def call():
            loss = (F.embedding(idx, table) * weights).sum()
            return torch.autograd.grad(loss, table)[0]
        return call, (lambda r: [r.numpy()])

    def w7(name):
        x, y = map(torch.from_numpy, _common.w7_data())
        call = {"W7a": lambda: torch.exp(x), "W7b": lambda: x * y,
                "W7c": lambda: torch.sigmoid(x), "W7d": lambda: torch.sum(x),
                "W7e": lambda: torch.mean(x), "W7f": lambda: torch.amax(x)}[name]
        return call, (lambda r: [r.numpy()])

    workloads = {"W1": w1, "W2": w2, "W3": w3, "W4": w4, "W5": w5, "W6": w6}
    for name in numpy_math.W7_OPS:
        workloads[name] = lambda name=name: w7(name)
    return workloads


def versions():
    return {"torch": torch.__version__}


def info():
    return {"num_threads": torch.get_num_threads(),
            "num_interop_threads": torch.get_num_interop_threads()}


if __name__ == "__main__":
    _common.main("torch", build, versions=versions, extra_info=info)
