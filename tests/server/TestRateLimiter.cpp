// RateLimiter: requests per minute per API token, with the wait for Retry-After.
#include "RateLimiter.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void allowsTheLimitThenAsksToWait();
    void tokensAreCountedApart();
    void zeroTurnsTheLimitOff();
    void workerThreadsShareTheLimit();
};

void TestRateLimiter::allowsTheLimitThenAsksToWait()
{
    RateLimiter limiter(60); // one per second on average
    for (int i = 0; i < 60; ++i)
        QCOMPARE(limiter.acquire("a", 1000), 0);
    const int wait = limiter.acquire("a", 1000);
    QVERIFY(wait >= 1);
    QVERIFY(wait <= 2);
    // After the wait, one more request goes through.
    QCOMPARE(limiter.acquire("a", 1000 + wait * 1000), 0);
}

void TestRateLimiter::tokensAreCountedApart()
{
    RateLimiter limiter(2);
    QCOMPARE(limiter.acquire("a", 0), 0);
    QCOMPARE(limiter.acquire("a", 0), 0);
    QVERIFY(limiter.acquire("a", 0) > 0);
    QCOMPARE(limiter.acquire("b", 0), 0);
}

void TestRateLimiter::zeroTurnsTheLimitOff()
{
    RateLimiter limiter(0);
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(limiter.acquire("a", 0), 0);
}

void TestRateLimiter::workerThreadsShareTheLimit()
{
    // The server's worker threads take from one bucket per token: together
    // they get exactly the limit, never more (a lost update would let more
    // through, a torn one crash).
    RateLimiter limiter(6000);
    std::atomic<int> allowed{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t) {
        workers.emplace_back([&] {
            for (int i = 0; i < 5000; ++i) {
                if (limiter.acquire("shared", 0) == 0)
                    ++allowed;
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    QCOMPARE(allowed.load(), 6000);
}

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
