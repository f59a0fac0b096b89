"""A clear error for a MindSpore name that minispore does not provide."""


def missing_names(module_name):
    """A module `__getattr__` saying which `mindspore` name is missing."""
    public = module_name.replace('minispore', 'mindspore', 1)

    def __getattr__(name):
        if name.startswith('__'):
            raise AttributeError(name)
        raise AttributeError(f"minispore does not provide '{public}.{name}' (yet): module "
                             f"'{module_name}' has no attribute '{name}'")
    return __getattr__
