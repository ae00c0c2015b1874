#!/usr/bin/env python3
"""A real SMTP server for the tests (Debian's python3-aiosmtpd), loopback only.

Usage: smtp_sink.py DIRECTORY [--starttls CERT KEY | --tls CERT KEY] [--auth USER:PASSWORD]

Listens on 127.0.0.1 on a free port and prints "PORT <n>" as its first line.
--starttls offers STARTTLS and refuses mail before it (RFC 3207); --tls
speaks TLS from the first byte (RFC 8314); --auth requires AUTH with these
credentials (over TLS only).
Each accepted message is saved as DIRECTORY/<n>.eml (the bytes received) and
DIRECTORY/<n>.json (envelope, decoded Subject and the decoded text of every
MIME part, parsed by Python's email package), both written atomically.
While DIRECTORY/refuse exists, its first line (e.g. "550 5.1.1 Mailbox
unavailable" or "451 4.3.0 Try again later") is the answer to RCPT TO.
Ends on SIGTERM or when its standard input closes.
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP


class Handler:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        try:
            with open(os.path.join(self.directory, "refuse"), encoding="utf-8") as flag:
                answer = flag.readline().strip()
            if answer:
                return answer
        except FileNotFoundError:
            pass
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.append({"contentType": part.get_content_type(),
                          "charset": part.get_content_charset(),
                          "transferEncoding": part.get("Content-Transfer-Encoding", ""),
                          "text": part.get_content()})
        summary = {
            "tls": server.transport.get_extra_info("ssl_object") is not None,
            "authenticated": bool(getattr(session, "authenticated", False)),
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "headers": {key: str(value) for key, value in message.items()},
            "subject": str(message["Subject"]),
            "contentType": message.get_content_type(),
            "parts": parts,
        }
        base = os.path.join(self.directory, "%d" % self.count)
        for suffix, data in ((".eml", raw),
                             (".json", json.dumps(summary, ensure_ascii=False).encode("utf-8"))):
            with open(base + suffix + ".part", "wb") as out:
                out.write(data)
            os.replace(base + suffix + ".part", base + suffix)
        return "250 Message accepted for delivery"


class Credentials:
    def __init__(self, user, password):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult
        ok = getattr(auth_data, "login", None) == self.user and \
            getattr(auth_data, "password", None) == self.password
        return AuthResult(success=ok)


async def main(arguments):
    loop = asyncio.get_running_loop()
    handler = Handler(arguments.directory)
    cert = arguments.starttls or arguments.tls
    context = None
    if cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert[0], cert[1])
    options = {"decode_data": False, "enable_SMTPUTF8": True}
    if arguments.starttls:
        options.update(tls_context=context, require_starttls=True)
    if arguments.auth:
        user, _, password = arguments.auth.partition(":")
        options.update(authenticator=Credentials(user, password), auth_required=True,
                       auth_require_tls=True)
    server = await loop.create_server(
        lambda: SMTP(handler, **options), host="127.0.0.1", port=0,
        ssl=context if arguments.tls else None)
    port = server.sockets[0].getsockname()[1]
    print("PORT %d" % port, flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_reader(sys.stdin.fileno(), lambda: sys.stdin.buffer.read1(65536) or stop.set())
    await stop.wait()
    server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--auth", metavar="USER:PASSWORD")
    asyncio.run(main(parser.parse_args()))
