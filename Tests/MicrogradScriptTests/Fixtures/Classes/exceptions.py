# Exceptions: the built-in hierarchy, subclasses, else/finally, raise from, assert, and the uncaught error.
class AppError(Exception):
    pass
class ConfigError(AppError, KeyError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key

for exc in [ConfigError("path"), ZeroDivisionError("z"), IndexError("i")]:
    try:
        raise exc
    except KeyError as e:
        print("KeyError branch", type(e).__name__, e.args, e.key)
    except ArithmeticError as e:
        print("ArithmeticError branch", repr(e))
    except (LookupError, TypeError) as e:
        print("tuple branch", e)
print([c.__name__ for c in ConfigError.__mro__])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError),
      issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception),
      issubclass(ModuleNotFoundError, ImportError), issubclass(NotImplementedError, RuntimeError))
# %%
def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 / x
    except ZeroDivisionError:
        log.append("except")
        return log
    else:
        log.append(f"else {r}")
    finally:
        log.append("finally")
    return log
attempt(2), attempt(0)
# %%
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"cannot parse {s!r}") from e
try:
    parse("x1")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__))
parse("y")
# %%
def checked(n):
    assert n >= 0, f"n must be non-negative, got {n}"
    return n
print(checked(3))
try:
    checked(-1)
except AssertionError as e:
    print("AssertionError:", e)
assert len([]) == 1
# %%
try:
    try:
        {}["k"]
    except KeyError:
        raise
except LookupError as e:
    print("re-raised", repr(e))
try:
    [][0]
except Exception as e:
    err = e
type(err).__name__, str(err), err.args, isinstance(err, LookupError)
# %%
def finally_wins():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i
finally_wins()
# %%
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
raise ConfigError("k")
# %%
raise TypeError("custom message") from None
# %%
raise 5
# %%
try:
    undefined_name
except NameError as e:
    print(e)
except:
    print("bare")
int("nope")
