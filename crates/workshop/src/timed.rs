//! A connection that gives up on a client that stops reading: a write that
//! makes no progress for [`crate::Limits::write_timeout`] fails, and the
//! connection closes. Without it, a client that asks and never reads its
//! answers holds a connection (and the memory of the unsent answer) for as
//! long as it likes. Reading is limited elsewhere (the header time-out and
//! the request time-out).

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;

/// `inner` with a limit on how long a write may stall.
pub(crate) struct Timed<T> {
    inner: T,
    limit: Duration,
    /// Running while a write or flush waits for the client to read.
    stalled: Option<Pin<Box<Sleep>>>,
}

impl<T> Timed<T> {
    pub(crate) fn new(inner: T, limit: Duration) -> Timed<T> {
        Timed {
            inner,
            limit,
            stalled: None,
        }
    }

    /// Passes a finished step through (and stops the clock); while pending,
    /// runs the clock and fails once it has run out.
    fn watch<R>(&mut self, cx: &mut Context<'_>, step: Poll<io::Result<R>>) -> Poll<io::Result<R>> {
        match step {
            Poll::Ready(done) => {
                self.stalled = None;
                Poll::Ready(done)
            }
            Poll::Pending => {
                let limit = self.limit;
                let clock = self
                    .stalled
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
                match clock.as_mut().poll(cx) {
                    Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        "the client stopped reading",
                    ))),
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Timed<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Timed<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let step = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.watch(cx, step)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let step = Pin::new(&mut self.inner).poll_flush(cx);
        self.watch(cx, step)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let step = Pin::new(&mut self.inner).poll_shutdown(cx);
        self.watch(cx, step)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let step = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.watch(cx, step)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncWriteExt;

    #[tokio::test]
    async fn a_write_to_a_peer_that_never_reads_fails_after_the_limit() {
        // A pipe whose other end never reads: it fills, then stalls.
        let (client, _server_never_reads) = tokio::io::duplex(1024);
        let mut timed = Timed::new(client, Duration::from_millis(200));
        let started = std::time::Instant::now();
        let mut written = 0usize;
        let error = loop {
            match timed.write(&[0u8; 512]).await {
                Ok(n) => written += n,
                Err(e) => break e,
            }
        };
        assert_eq!(error.kind(), io::ErrorKind::TimedOut);
        assert_eq!(written, 1024, "as much as the pipe holds");
        assert!(started.elapsed() >= Duration::from_millis(200));
    }
}
