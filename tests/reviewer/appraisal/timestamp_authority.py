"""A timestamp authority run on 127.0.0.1 for the tests (never the network): pyHanko's
DummyTimeStamper answers RFC 3161 requests over HTTP from a thread, with a TSA
certificate issued by a root made here."""
from __future__ import annotations

import asyncio
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _authority_certificates():
    from asn1crypto import keys, x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.now(timezone.utc)
    # pyHanko's DummyTimeStamper signs with RSA only
    root_key, tsa_key = (rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(2))
    root_name = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, "Test Timestamp Root")])
    root = (cx509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(cx509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
            .add_extension(cx509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(cx509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .sign(root_key, hashes.SHA256()))
    tsa = (cx509.CertificateBuilder()
           .subject_name(cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, "Test Timestamp Authority")]))
           .issuer_name(root_name).public_key(tsa_key.public_key()).serial_number(cx509.random_serial_number())
           .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
           .add_extension(cx509.BasicConstraints(ca=False, path_length=None), critical=True)
           .add_extension(cx509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
           .add_extension(cx509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
           .sign(root_key, hashes.SHA256()))
    der = serialization.Encoding.DER
    key_der = tsa_key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return (x509.Certificate.load(root.public_bytes(der)), x509.Certificate.load(tsa.public_bytes(der)),
            keys.PrivateKeyInfo.load(key_der))


class LocalTimestampAuthority:
    """Serves timestamps at ``url`` until ``stop``; ``requests`` counts the answers given."""

    def __init__(self):
        from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        self.root, self.certificate, key = _authority_certificates()
        stamper = DummyTimeStamper(tsa_cert=self.certificate, tsa_key=key,
                                   certs_to_embed=SimpleCertificateStore.from_certs([self.root]))
        authority = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                from asn1crypto import tsp

                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.headers.get("Content-Type") != "application/timestamp-query":
                    self.send_error(415)
                    return
                answer = asyncio.run(stamper.async_request_tsa_response(tsp.TimeStampReq.load(body))).dump()
                authority.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):  # quiet
                pass

        self.requests = 0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsa"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
