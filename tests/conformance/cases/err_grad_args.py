# Argument validation errors raised when grad / value_and_grad / GradOperation are built.
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def show_err(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


def f(x, y):
    return x * y


show_err("grad None/None", lambda: mindspore.grad(f, None, None))
show_err("grad_position float", lambda: mindspore.grad(f, 1.0))
show_err("grad_position list", lambda: mindspore.grad(f, [0, 1]))
show_err("grad_position str", lambda: mindspore.grad(f, "0"))
show_err("grad_position negative", lambda: mindspore.grad(f, -1))
show_err("grad_position negative in tuple", lambda: mindspore.grad(f, (0, -1)))
show_err("grad_position duplicate", lambda: mindspore.grad(f, (0, 0)))
show_err("grad_position float in tuple", lambda: mindspore.grad(f, (0, 1.0)))
show_err("has_aux int", lambda: mindspore.grad(f, 0, None, 1))
show_err("has_aux str", lambda: mindspore.grad(f, 0, has_aux="yes"))
show_err("vg None/None", lambda: mindspore.value_and_grad(f, None, None))
show_err("vg grad_position list", lambda: mindspore.value_and_grad(f, [0]))
show_err("vg negative", lambda: mindspore.value_and_grad(f, -2))
show_err("vg duplicate", lambda: mindspore.value_and_grad(f, (1, 1)))
show_err("vg has_aux int", lambda: mindspore.value_and_grad(f, 0, has_aux=0))
show_err("GradOperation get_all int", lambda: ops.GradOperation(get_all=1))
show_err("GradOperation get_by_list str", lambda: ops.GradOperation(get_by_list="x"))
show_err("GradOperation sens_param None", lambda: ops.GradOperation(sens_param=None))
