package io.oktahooks.servlet;

import jakarta.servlet.http.HttpServlet;
import java.net.InetSocketAddress;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The servlet in embedded Jetty 12 (ee10: Servlet 6.0). */
class JettyContainerTest extends ContainerContract {

    private Server server;

    @Override
    int start(Map<String, HttpServlet> servlets) throws Exception {
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler("/");
        servlets.forEach((mapping, servlet) -> context.addServlet(new ServletHolder(servlet), mapping));
        server.setHandler(context);
        server.start();
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    void stop() throws Exception {
        server.stop();
    }
}
