#pragma once

#include "HttpServer.h"
#include "WorkerPool.h"

#include <QHostAddress>
#include <QString>

#include <memory>

/// The API server: HttpServer reads each request (within its limits) on its
/// network thread; the liveness check (GET /api/v1/health) is answered
/// there at once, without the database; every other request goes to the
/// WorkerPool, whose RequestHandlers (one database connection each) route
/// and answer it. A request waiting for a locked database therefore holds
/// up one worker, never the other clients or the health check.
class ApiServer
{
public:
    /// `workers` ≥ 1 threads, each with the handler `factory` builds.
    ApiServer(const HttpServerSettings &settings, int workers, WorkerPool::HandlerFactory factory);
    /// stop()s.
    ~ApiServer();
    ApiServer(const ApiServer &) = delete;
    ApiServer &operator=(const ApiServer &) = delete;

    /// Listens on `address`:`port` (0 = a free port). False with `error` set
    /// when the address cannot be bound. Connections are taken after start().
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    /// The port actually bound; 0 before listen().
    quint16 port() const;
    /// Starts the workers (each opens its database connection), then takes
    /// connections. False with `error` set when a worker could not start.
    bool start(QString *error);
    /// Closes every connection, then ends the workers. Safe to call twice.
    void stop();

private:
    /// On the network thread: liveness at once, the rest to the workers.
    void route(ApiRequest request, HttpResponder respond);

    WorkerPool m_workers;
    HttpServer m_http;
};
