"""How many examples each hypothesis property test tries.

The default keeps the everyday test run quick; CI raises it with
``HYPOTHESIS_EXAMPLES=10000``.
"""
import os

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "300"))
