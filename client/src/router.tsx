import { createBrowserRouter, Outlet } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { ManualVerificationsPage } from './pages/admin/ManualVerificationsPage';
import { AssessmentHomePage } from './pages/assessment/AssessmentHomePage';
import { AssessmentPage } from './pages/assessment/AssessmentPage';
import { AnnouncementPage } from './pages/announcements/AnnouncementPage';
import { AnnouncementsPage } from './pages/announcements/AnnouncementsPage';
import { ChangePhonePage } from './pages/change-phone/ChangePhonePage';
import { DeclarationDetailPage } from './pages/declarations/DeclarationDetailPage';
import { DeclarationEditPage } from './pages/declarations/DeclarationEditPage';
import { DeclarationRecordsPage } from './pages/declarations/DeclarationRecordsPage';
import { DeclarationsEntryPage } from './pages/declarations/DeclarationsEntryPage';
import { DevSmsPage } from './pages/dev-sms/DevSmsPage';
import { EnterpriseEditPage } from './pages/enterprise/edit/EnterpriseEditPage';
import { EnterpriseLayout } from './pages/enterprise/EnterpriseLayout';
import { EnterpriseInfoPage } from './pages/enterprise/info/EnterpriseInfoPage';
import { UnderConstructionPage } from './pages/enterprise/UnderConstructionPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { MessagePage } from './pages/messages/MessagePage';
import { MessagesPage } from './pages/messages/MessagesPage';
import { NotificationSettingsPage } from './pages/messages/NotificationSettingsPage';
import { PublishAnnouncementPage } from './pages/office/PublishAnnouncementPage';
import { ReviewDetailPage } from './pages/review/ReviewDetailPage';
import { ReviewQueuePage } from './pages/review/ReviewQueuePage';
import { SendNoticePage } from './pages/office/SendNoticePage';
import { RouteErrorPage } from './pages/errors/RouteErrorPage';
import { ForgotPasswordPage } from './pages/forgot-password/ForgotPasswordPage';
import { HomePage } from './pages/home/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { LookupPage } from './pages/lookup/LookupPage';
import { RegisterPage } from './pages/register/RegisterPage';
import { UserCentrePage } from './pages/user-centre/UserCentrePage';
import { paths } from './paths';
import { RequireAccount } from './session/RequireAccount';

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
          { path: paths.register, element: <RegisterPage /> },
          { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
          { path: paths.changePhone, element: <ChangePhonePage /> },
          { path: paths.devSms, element: <DevSmsPage /> },
          {
            path: paths.userCentre,
            element: (
              <RequireAccount area="userCentre">
                <UserCentrePage />
              </RequireAccount>
            ),
          },
          {
            path: paths.manualVerifications,
            element: (
              <RequireAccount area="manualVerifications" accountType="ADMIN">
                <ManualVerificationsPage />
              </RequireAccount>
            ),
          },
          {
            // 管理端: pages of the regional offices and the ministry.
            element: (
              <RequireAccount area="office" accountType="OFFICE">
                <Outlet />
              </RequireAccount>
            ),
            children: [
              { path: paths.publishAnnouncement, element: <PublishAnnouncementPage /> },
              { path: paths.sendNotice, element: <SendNoticePage /> },
              { path: paths.reviews, element: <ReviewQueuePage /> },
              { path: `${paths.reviews}/:id`, element: <ReviewDetailPage /> },
            ],
          },
          { path: paths.declarations, element: <DeclarationsEntryPage /> },
          {
            // A declaration's form and detail: the enterprise's own, so legal persons only.
            element: (
              <RequireAccount area="declarations" accountType="LEGAL_PERSON">
                <Outlet />
              </RequireAccount>
            ),
            children: [
              { path: `${paths.declarations}/:id`, element: <DeclarationDetailPage /> },
              { path: `${paths.declarations}/:id/edit`, element: <DeclarationEditPage /> },
            ],
          },
          {
            // 数字化水平评测: an enterprise's own self-assessment, so legal persons only.
            element: (
              <RequireAccount area="assessment" accountType="LEGAL_PERSON">
                <Outlet />
              </RequireAccount>
            ),
            children: [
              { path: paths.assessment, element: <AssessmentHomePage /> },
              { path: `${paths.assessment}/:id`, element: <AssessmentPage /> },
              { path: `${paths.assessment}/:id/result`, element: <AssessmentPage resultOnly /> },
            ],
          },
          {
            // 企业信息管理: legal persons only, with the manual's left menu.
            element: <EnterpriseLayout />,
            children: [
              { path: paths.enterprise, element: <EnterpriseInfoPage /> },
              { path: paths.enterpriseEdit, element: <EnterpriseEditPage /> },
              { path: paths.enterpriseMessages, element: <MessagesPage /> },
              { path: paths.messageSettings, element: <NotificationSettingsPage /> },
              { path: `${paths.enterpriseMessages}/:id`, element: <MessagePage /> },
              { path: paths.enterpriseDeclarations, element: <DeclarationRecordsPage /> },
              { path: paths.enterpriseChanges, element: <UnderConstructionPage item="changes" /> },
              { path: paths.enterpriseExpiry, element: <UnderConstructionPage item="expiry" /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
