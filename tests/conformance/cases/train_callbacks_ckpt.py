# ModelCheckpoint / CheckpointConfig: file names, keep_checkpoint_max, prefix de-duplication, contents.
import os
import numpy as np
import mindspore
from mindspore import nn, Tensor
from mindspore.train import Model, ModelCheckpoint, CheckpointConfig, LossMonitor

np.random.seed(0)
x = np.random.randn(12, 3).astype(np.float32)
y = (x @ np.array([[0.5], [-1.0], [2.0]], np.float32) + 0.1).astype(np.float32)


def make_model():
    net = nn.Dense(3, 1, weight_init=Tensor(np.array([[0.1, 0.2, 0.3]], np.float32)), bias_init="zeros")
    return net, Model(net, nn.MSELoss(), nn.SGD(net.trainable_params(), 0.1))


def ds():
    return mindspore.dataset.NumpySlicesDataset({"x": x, "y": y}, shuffle=False).batch(4)


def ckpts(directory):
    return sorted(f for f in os.listdir(directory) if f.endswith(".ckpt"))


cfg = CheckpointConfig(save_checkpoint_steps=2, keep_checkpoint_max=3)
print(cfg.save_checkpoint_steps, cfg.save_checkpoint_seconds, cfg.keep_checkpoint_max,
      cfg.keep_checkpoint_per_n_minutes, cfg.integrated_save, cfg.async_save, cfg.saved_network,
      cfg.enc_key, cfg.enc_mode, cfg.append_dict, cfg.exception_save)
print(sorted(cfg.get_checkpoint_policy().items(), key=lambda kv: kv[0]))
print(CheckpointConfig(save_checkpoint_seconds=10, keep_checkpoint_per_n_minutes=1).get_checkpoint_policy())
print(CheckpointConfig(keep_checkpoint_max=0).keep_checkpoint_max)
print(CheckpointConfig(append_info=["epoch_num", {"lr": 0.1}]).append_dict)

net, model = make_model()
cb = ModelCheckpoint(prefix="dense", directory="out", config=cfg)
model.train(3, ds(), callbacks=[cb, LossMonitor(3)])
print(ckpts("out"))
print(os.path.basename(cb.latest_ckpt_file_name))
params = mindspore.load_checkpoint(cb.latest_ckpt_file_name)
print(sorted(params))
print(np.allclose(params["weight"].asnumpy(), net.weight.asnumpy()), np.round(params["weight"].asnumpy(), 5))

net2, model2 = make_model()
cb2 = ModelCheckpoint(prefix="dense", directory="out",
                      config=CheckpointConfig(save_checkpoint_steps=4, append_info=["epoch_num", "step_num"]))
model2.train(2, ds(), callbacks=cb2)
print(ckpts("out"))
extra = mindspore.load_checkpoint(cb2.latest_ckpt_file_name)
print(sorted(extra), extra["epoch_num"], extra["step_num"])
print(extra["epoch_num"].asnumpy(), extra["step_num"].asnumpy(), extra["epoch_num"].dtype)

net3, model3 = make_model()
cb3 = ModelCheckpoint(directory="out2", config=CheckpointConfig(save_checkpoint_steps=5, keep_checkpoint_max=2))
model3.train(2, ds(), callbacks=cb3)
print(ckpts("out2"))
cb4 = ModelCheckpoint(directory="out2")
print(os.path.basename(cb4._prefix) if hasattr(cb4, "_prefix") else None)

errors = [
    ("steps", lambda: CheckpointConfig(save_checkpoint_steps=-1)),
    ("all zero", lambda: CheckpointConfig(save_checkpoint_steps=0, keep_checkpoint_max=0)),
    ("saved_network", lambda: CheckpointConfig(saved_network=1)),
    ("append_info", lambda: CheckpointConfig(append_info="epoch_num")),
    ("append_info name", lambda: CheckpointConfig(append_info=["loss"])),
    ("prefix", lambda: ModelCheckpoint(prefix="a/b")),
    ("config", lambda: ModelCheckpoint(config={})),
]
for name, fn in errors:
    try:
        fn()
        print(name, "no error")
    except Exception as e:
        print(name, type(e).__name__ + ":", str(e).splitlines()[0])
