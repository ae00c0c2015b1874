#!/usr/bin/env python3
"""Decodes the headers of RFC 5322 messages with Python's email package, an
independent reader of RFC 2047 encoded-words and RFC 5322 folding.

Usage: mail_headers.py FILE.eml...

Prints one JSON array: for each file, {"subject", "fromName", "fromAddress",
"to", "defects"}, as a mail client shows them (encoded-words decoded, folded
lines unfolded, quoted-strings unquoted); "defects" lists what the parser
found wrong.

The From display name is decoded with email.header.decode_header, which
follows RFC 2047, 6.2 (white space between adjacent encoded-words is not
text): the newer parser of Python before 3.14 puts a space there in an
address header (CPython gh-128110).
"""
import email
import email.header
import email.policy
import email.utils
import json
import sys


def summary(path):
    with open(path, "rb") as file:
        raw = file.read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    literal = email.message_from_bytes(raw, policy=email.policy.compat32)
    unfolded_from = "".join(literal["From"].splitlines())
    name, address = email.utils.parseaddr(unfolded_from)
    defects = [type(defect).__name__ for defect in message.defects]
    for field in ("Subject", "From", "To"):
        defects += [field + ": " + type(defect).__name__ for defect in message[field].defects]
    return {
        "subject": str(message["Subject"]),
        "fromName": str(email.header.make_header(email.header.decode_header(name))),
        "fromAddress": address,
        "to": str(message["To"]),
        "defects": defects,
    }


json.dump([summary(path) for path in sys.argv[1:]], sys.stdout, ensure_ascii=False)
