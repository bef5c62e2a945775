package dimple.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link RefusalExceptionHandler} for every Faces request (see faces-config.xml). */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {
    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
