package io.oktahooks.servlet;

import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/** The servlet in embedded Tomcat 11 (Servlet 6.1). */
class TomcatContainerTest extends ContainerContract {

    private Tomcat tomcat;

    @Override
    int start(Map<String, HttpServlet> servlets) throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("okta-hooks-tomcat").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        servlets.forEach((mapping, servlet) -> {
            String name = "servlet" + mapping.hashCode();
            Tomcat.addServlet(context, name, servlet);
            context.addServletMappingDecoded(mapping, name);
        });
        tomcat.start();
        return connector.getLocalPort();
    }

    @Override
    void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }
}
