#include "ApiServer.h"

#include "RequestHandler.h"
#include "Router.h"

ApiServer::ApiServer(const HttpServerSettings &settings, int workers,
                     WorkerPool::HandlerFactory factory)
    : m_workers(workers, std::move(factory)),
      m_http(settings, [this](ApiRequest request, HttpResponder respond) {
          route(std::move(request), std::move(respond));
      })
{}

ApiServer::~ApiServer()
{
    stop();
}

bool ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return m_http.listen(address, port, error);
}

quint16 ApiServer::port() const
{
    return m_http.port();
}

bool ApiServer::start(QString *error)
{
    if (!m_workers.start(error))
        return false;
    m_http.start();
    return true;
}

void ApiServer::stop()
{
    // The network thread first: no new request reaches a stopping pool, and
    // no answer is posted to a network thread that is gone.
    m_http.stop();
    m_workers.stop();
}

void ApiServer::route(ApiRequest request, HttpResponder respond)
{
    const RouteMatch match = Router::match(request.method, request.path);
    if (match.route && match.route->id == RouteId::Health &&
        !request.query.hasQueryItem(QStringLiteral("ready"))) {
        respond(RequestHandler::liveness());
        return;
    }
    m_workers.post(std::move(request), std::move(respond));
}
