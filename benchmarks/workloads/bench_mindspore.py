"""MindSpore 2.10, PyNative mode (the default); the *_jit entries use mindspore.jit."""
import _common
import _mindspore_api


def build():
    global mindspore
    import mindspore
    return _mindspore_api.build(mindspore)


def versions():
    return {"mindspore": mindspore.__version__}


def info():
    return {"mode": mindspore.get_context("mode"),  # 1 = PYNATIVE_MODE
            "device_target": mindspore.get_context("device_target")}


if __name__ == "__main__":
    _common.main("mindspore", build, versions=versions, extra_info=info, sync=_mindspore_api.sync)
