"""Centre Case Registry: child-protection case register for social work centres in Bosnia and Herzegovina."""

__version__ = "0.1.0"
