import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { AnnouncementPage } from './pages/announcements/AnnouncementPage';
import { AnnouncementsPage } from './pages/announcements/AnnouncementsPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { RouteErrorPage } from './pages/errors/RouteErrorPage';
import { HomePage } from './pages/home/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { LookupPage } from './pages/lookup/LookupPage';
import { SignInRequiredPage } from './pages/signin/SignInRequiredPage';
import { paths } from './paths';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        // Errors render inside the layout, so the header and footer stay usable.
        errorElement: <RouteErrorPage />,
        children: [
          { path: paths.home, element: <HomePage /> },
          { path: paths.announcements, element: <AnnouncementsPage /> },
          { path: `${paths.announcements}/:id`, element: <AnnouncementPage /> },
          { path: paths.lookup, element: <LookupPage /> },
          { path: paths.login, element: <LoginPage /> },
          { path: paths.declarations, element: <SignInRequiredPage area="declarations" /> },
          { path: paths.enterprise, element: <SignInRequiredPage area="enterprise" /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
