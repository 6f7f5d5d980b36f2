class AppError(Exception):
    """Base for the application's errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__("%s: %s" % (field, message))
        self.field = field


class NotFound(AppError, LookupError):
    pass


class RetryableError(AppError):
    def __init__(self, message, attempts=0):
        self.attempts = attempts
        super().__init__(message)

    def __str__(self):
        return "%s (after %d attempts)" % (self.args[0], self.attempts)


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "required")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "must be positive")
    return True


for user in [{"name": "a"}, {}, {"name": "b", "age": -1}]:
    try:
        print(validate(user))
    except ValidationError as e:
        print("invalid", e.field, "-", e, "|", e.args)

try:
    raise NotFound("user 42")
except LookupError as e:
    print("LookupError caught:", type(e).__name__, e, isinstance(e, AppError))

try:
    raise RetryableError("timeout", attempts=3)
except AppError as e:
    print(e, repr(e.args), e.attempts)

print(NotFound.__mro__)
print(AppError.__doc__, ValidationError.__name__, issubclass(NotFound, KeyError))


class Errors:
    class Inner(Exception):
        pass


try:
    raise Errors.Inner("nested class")
except Errors.Inner as e:
    print(type(e).__name__, type(e).__qualname__, e)


def handler(exc_type):
    try:
        raise exc_type("x")
    except (ValidationError, NotFound):
        return "specific"
    except AppError:
        return "app"
    except Exception:
        return "generic"


print(handler(NotFound), handler(RetryableError), handler(ValueError))
errors = []
for v in ["1", "x", "3", None]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
e = ValidationError("f", "m")
e.extra = 5
print(e.extra, e.__dict__ if hasattr(e, "__dict__") else {}, str(e))
