CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "wf_schema_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_wf_schema_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "wf_bookmarks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_bookmarks" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "TokenId" INTEGER NOT NULL,
    "ElementId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "MessageName" TEXT NULL,
    "CorrelationKey" TEXT NULL,
    "DueAt" INTEGER NULL,
    "Count" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL
, "DefinitionId" TEXT NULL);
CREATE TABLE IF NOT EXISTS "wf_buffered_messages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_buffered_messages" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "CorrelationKey" TEXT NOT NULL,
    "Variables" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "wf_decisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_decisions" PRIMARY KEY,
    "Key" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "ContentHash" TEXT NOT NULL,
    "Xml" TEXT NOT NULL,
    "Source" TEXT NULL,
    "DeployedAt" INTEGER NOT NULL,
    "DeployedBy" TEXT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL
);
CREATE TABLE IF NOT EXISTS "wf_definitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_definitions" PRIMARY KEY,
    "Key" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "ContentHash" TEXT NOT NULL,
    "Xml" TEXT NOT NULL,
    "Source" TEXT NULL,
    "DeployedAt" INTEGER NOT NULL,
    "DeployedBy" TEXT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL
);
CREATE TABLE IF NOT EXISTS "wf_incidents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_incidents" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "TokenId" INTEGER NOT NULL,
    "ProcessKey" TEXT NOT NULL,
    "ElementId" TEXT NOT NULL,
    "ElementType" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ResolvedAt" INTEGER NULL,
    "ResolvedBy" TEXT NULL
, "Args" TEXT NULL, "Code" TEXT NULL);
CREATE TABLE IF NOT EXISTS "wf_instances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_instances" PRIMARY KEY,
    "DefinitionId" TEXT NOT NULL,
    "ProcessKey" TEXT NOT NULL,
    "ProcessVersion" INTEGER NOT NULL,
    "BusinessKey" TEXT NULL,
    "UniqueKey" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Tokens" TEXT NOT NULL,
    "Variables" TEXT NOT NULL,
    "NextTokenId" INTEGER NOT NULL,
    "JournalSequence" INTEGER NOT NULL,
    "OpenIncidents" INTEGER NOT NULL,
    "ConcurrencyStamp" INTEGER NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "EndedAt" INTEGER NULL,
    "StartedBy" TEXT NULL
, "ParentInstanceId" TEXT NULL, "ParentTokenId" INTEGER NULL);
CREATE TABLE IF NOT EXISTS "wf_journal" (
    "InstanceId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "ElementId" TEXT NOT NULL,
    "ElementType" TEXT NOT NULL,
    "Event" TEXT NOT NULL,
    "TokenId" INTEGER NULL,
    "Actor" TEXT NULL,
    "At" INTEGER NOT NULL,
    "Data" TEXT NULL,
    CONSTRAINT "PK_wf_journal" PRIMARY KEY ("InstanceId", "Sequence")
);
CREATE TABLE IF NOT EXISTS "wf_tasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_tasks" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "TokenId" INTEGER NOT NULL,
    "ElementId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ProcessKey" TEXT NOT NULL,
    "ProcessVersion" INTEGER NOT NULL,
    "BusinessKey" TEXT NULL,
    "FormKey" TEXT NULL,
    "Assignee" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "EndedAt" INTEGER NULL,
    "CompletedBy" TEXT NULL,
    "ConcurrencyStamp" INTEGER NOT NULL
, "Delegation" TEXT NULL, "FollowUpAt" INTEGER NULL, "Owner" TEXT NULL, "Priority" INTEGER NOT NULL DEFAULT 50);
CREATE TABLE IF NOT EXISTS "wf_task_candidates" (
    "TaskId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    CONSTRAINT "PK_wf_task_candidates" PRIMARY KEY ("TaskId", "Kind", "Value"),
    CONSTRAINT "FK_wf_task_candidates_wf_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "wf_tasks" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_wf_bookmarks_InstanceId" ON "wf_bookmarks" ("InstanceId");
CREATE INDEX "IX_wf_buffered_messages_Name_CorrelationKey_ExpiresAt" ON "wf_buffered_messages" ("Name", "CorrelationKey", "ExpiresAt");
CREATE INDEX "IX_wf_decisions_Key_ContentHash" ON "wf_decisions" ("Key", "ContentHash");
CREATE UNIQUE INDEX "IX_wf_decisions_Key_Version" ON "wf_decisions" ("Key", "Version");
CREATE INDEX "IX_wf_definitions_Key_ContentHash" ON "wf_definitions" ("Key", "ContentHash");
CREATE UNIQUE INDEX "IX_wf_definitions_Key_Version" ON "wf_definitions" ("Key", "Version");
CREATE INDEX "IX_wf_incidents_InstanceId_ResolvedAt" ON "wf_incidents" ("InstanceId", "ResolvedAt");
CREATE INDEX "IX_wf_incidents_ResolvedAt" ON "wf_incidents" ("ResolvedAt");
CREATE INDEX "IX_wf_instances_BusinessKey" ON "wf_instances" ("BusinessKey");
CREATE INDEX "IX_wf_instances_Status_ProcessKey" ON "wf_instances" ("Status", "ProcessKey");
CREATE INDEX "IX_wf_task_candidates_Kind_Value_TaskId" ON "wf_task_candidates" ("Kind", "Value", "TaskId");
CREATE INDEX "IX_wf_tasks_Assignee_Status" ON "wf_tasks" ("Assignee", "Status");
CREATE INDEX "IX_wf_tasks_InstanceId" ON "wf_tasks" ("InstanceId");
CREATE INDEX "IX_wf_tasks_Status_DueAt" ON "wf_tasks" ("Status", "DueAt");
CREATE INDEX "IX_wf_incidents_CreatedAt" ON "wf_incidents" ("CreatedAt");
CREATE TABLE IF NOT EXISTS "wf_compensation_records" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_compensation_records" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "ScopeTokenId" INTEGER NULL,
    "TokenId" INTEGER NOT NULL,
    "ElementId" TEXT NOT NULL,
    "HandlerId" TEXT NULL,
    "Sequence" INTEGER NOT NULL,
    "Variables" TEXT NULL,
    "CompletedAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "wf_migration_batches" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_wf_migration_batches" PRIMARY KEY,
    "ProcessKey" TEXT NOT NULL,
    "SourceVersion" INTEGER NOT NULL,
    "TargetVersion" INTEGER NOT NULL,
    "Mapping" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Total" INTEGER NOT NULL,
    "Migrated" INTEGER NOT NULL,
    "Failed" INTEGER NOT NULL,
    "Skipped" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "EndedAt" INTEGER NULL
);
CREATE TABLE IF NOT EXISTS "wf_migration_items" (
    "BatchId" TEXT NOT NULL,
    "InstanceId" TEXT NOT NULL,
    "BusinessKey" TEXT NULL,
    "PlannedStamp" INTEGER NOT NULL,
    "Outcome" TEXT NOT NULL,
    "ProblemCode" TEXT NULL,
    "ProblemElementId" TEXT NULL,
    "Message" TEXT NULL,
    "ProblemArgs" TEXT NULL,
    "ProcessedAt" INTEGER NULL,
    CONSTRAINT "PK_wf_migration_items" PRIMARY KEY ("BatchId", "InstanceId"),
    CONSTRAINT "FK_wf_migration_items_wf_migration_batches_BatchId" FOREIGN KEY ("BatchId") REFERENCES "wf_migration_batches" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_wf_compensation_records_InstanceId" ON "wf_compensation_records" ("InstanceId");
CREATE INDEX "IX_wf_migration_batches_CreatedAt" ON "wf_migration_batches" ("CreatedAt");
CREATE INDEX "IX_wf_migration_batches_ProcessKey_CreatedAt" ON "wf_migration_batches" ("ProcessKey", "CreatedAt");
CREATE INDEX "IX_wf_migration_items_InstanceId" ON "wf_migration_items" ("InstanceId");
CREATE INDEX "IX_wf_tasks_CompletedBy" ON "wf_tasks" ("CompletedBy") WHERE "CompletedBy" IS NOT NULL;
CREATE INDEX "IX_wf_instances_ParentInstanceId" ON "wf_instances" ("ParentInstanceId") WHERE "ParentInstanceId" IS NOT NULL;
CREATE UNIQUE INDEX "IX_wf_instances_UniqueKey" ON "wf_instances" ("UniqueKey") WHERE "UniqueKey" IS NOT NULL;
CREATE INDEX "IX_wf_bookmarks_DueAt" ON "wf_bookmarks" ("DueAt") WHERE "DueAt" IS NOT NULL;
CREATE INDEX "IX_wf_bookmarks_MessageName_CorrelationKey" ON "wf_bookmarks" ("MessageName", "CorrelationKey") WHERE "MessageName" IS NOT NULL;
CREATE TABLE IF NOT EXISTS "case_schema_migrations" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK_case_schema_migrations" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "api_audit_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_api_audit_log" PRIMARY KEY AUTOINCREMENT,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "Details" TEXT NULL,
    "RemoteAddress" TEXT NULL,
    "At" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "api_forms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_api_forms" PRIMARY KEY,
    "Key" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "SchemaJson" TEXT NOT NULL,
    "Source" TEXT NULL,
    "DeployedAt" INTEGER NOT NULL,
    "DeployedBy" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "applicant_applications" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_applicant_applications" PRIMARY KEY AUTOINCREMENT,
    "ApplicationId" TEXT NOT NULL,
    "OwnerUserName" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "Address" TEXT NULL,
    "InsuranceTypes" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "applicant_idempotency_keys" (
    "UserName" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "RequestHash" TEXT NOT NULL,
    "StatusCode" INTEGER NOT NULL,
    "ResponseBody" TEXT NULL,
    "Location" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_applicant_idempotency_keys" PRIMARY KEY ("UserName", "Key")
);
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "IdNumber" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "auth_sessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_auth_sessions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "RefreshId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "RefreshedAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL,
    "RevokedReason" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "case_applications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_case_applications" PRIMARY KEY,
    "Applicant" TEXT NOT NULL,
    "ApplicantName" TEXT NOT NULL,
    "Details" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SubmittedAt" INTEGER NULL,
    "OutstandingSupplement" TEXT NOT NULL,
    "History" TEXT NULL,
    "Materials" TEXT NULL,
    "RejectionReasons" TEXT NULL
, "Version" INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS "case_contribution_periods" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_case_contribution_periods" PRIMARY KEY,
    "DeductOn" TEXT NULL,
    "RefundedMonths" INTEGER NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "FailedAttempts" INTEGER NOT NULL,
    "LastFailureReason" TEXT NULL,
    "PaidOn" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "case_deduction_agreements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_case_deduction_agreements" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "PayerName" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "BankCategoryCode" TEXT NULL,
    "AccountNumber" TEXT NULL,
    "AccountHolder" TEXT NULL,
    "SignedAt" INTEGER NULL,
    "RevokedAt" INTEGER NULL
);
CREATE TABLE IF NOT EXISTS "case_deduction_results" (
    "ResultId" TEXT NOT NULL CONSTRAINT "case_deduction_results_pkey" PRIMARY KEY,
    "PeriodId" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "RecordedOn" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "case_insured_persons" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_case_insured_persons" PRIMARY KEY,
    "IdNumber" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Region" TEXT NULL,
    "ContributionBase" TEXT NULL,
    "Frequency" TEXT NULL,
    "EnrolledFrom" TEXT NULL,
    "EmployerMonths" INTEGER NOT NULL,
    "FlexibleMonths" INTEGER NOT NULL,
    "Coverages" TEXT NULL,
    "History" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "case_notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_case_notifications" PRIMARY KEY,
    "ApplicationId" TEXT NOT NULL,
    "InstanceId" TEXT NOT NULL,
    "ElementId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "TextZh" TEXT NOT NULL,
    "TextEn" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "dp_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_dp_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "policy_calendar_days" (
    "Date" TEXT NOT NULL CONSTRAINT "PK_policy_calendar_days" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "policy_holiday_years" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_policy_holiday_years" PRIMARY KEY,
    "Source" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "policy_years" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_policy_years" PRIMARY KEY,
    "AverageMonthlyWage" TEXT NOT NULL,
    "BaseLowerLimit" TEXT NOT NULL,
    "BaseUpperLimit" TEXT NOT NULL,
    "GradeMode" TEXT NOT NULL,
    "Grades" TEXT NOT NULL,
    "Rate" TEXT NOT NULL,
    "PersonalAccountRate" TEXT NOT NULL,
    "PooledRate" TEXT NOT NULL,
    "DeductionDay" INTEGER NOT NULL,
    "ReminderOffsetsDays" TEXT NOT NULL,
    "AllowPastYearArrears" INTEGER NOT NULL,
    "FemaleFlexibleWorkerOriginalRetirementAge" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    "Confidence" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_api_audit_log_At" ON "api_audit_log" ("At");
CREATE INDEX "IX_api_forms_Key_ContentHash" ON "api_forms" ("Key", "ContentHash");
CREATE UNIQUE INDEX "IX_api_forms_Key_Version" ON "api_forms" ("Key", "Version");
CREATE UNIQUE INDEX "IX_applicant_applications_ApplicationId" ON "applicant_applications" ("ApplicationId");
CREATE INDEX "IX_applicant_applications_OwnerUserName" ON "applicant_applications" ("OwnerUserName");
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE INDEX "IX_auth_sessions_UserId" ON "auth_sessions" ("UserId");
CREATE INDEX "IX_case_applications_Applicant" ON "case_applications" ("Applicant");
CREATE UNIQUE INDEX "IX_case_contribution_periods_PersonId_Period" ON "case_contribution_periods" ("PersonId", "Period");
CREATE UNIQUE INDEX "IX_case_deduction_agreements_PersonId" ON "case_deduction_agreements" ("PersonId");
CREATE UNIQUE INDEX "IX_case_insured_persons_IdNumber" ON "case_insured_persons" ("IdNumber");
CREATE INDEX "IX_case_notifications_ApplicationId_CreatedAt" ON "case_notifications" ("ApplicationId", "CreatedAt");
CREATE INDEX "IX_policy_calendar_days_Year" ON "policy_calendar_days" ("Year");
CREATE TABLE IF NOT EXISTS "case_comments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_case_comments" PRIMARY KEY,
    "CaseKey" TEXT NOT NULL,
    "InstanceId" TEXT NOT NULL,
    "TaskId" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "AuthorName" TEXT NULL,
    "Text" TEXT NOT NULL,
    "VisibleToApplicant" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "case_material_files" (
    "ApplicationId" TEXT NOT NULL,
    "MaterialId" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Head" BLOB NOT NULL,
    "Content" BLOB NOT NULL,
    "StoredAt" INTEGER NOT NULL,
    CONSTRAINT "PK_case_material_files" PRIMARY KEY ("ApplicationId", "MaterialId")
);
CREATE TABLE IF NOT EXISTS "case_report_facts" (
    "ApplicationId" TEXT NOT NULL CONSTRAINT "PK_case_report_facts" PRIMARY KEY,
    "Service" TEXT NOT NULL,
    "Region" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "SubmittedAt" INTEGER NULL,
    "SubmittedDay" INTEGER NULL,
    "Outcome" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "DecidedDay" INTEGER NULL,
    "DecisionSeconds" INTEGER NULL,
    "CompletedAt" INTEGER NULL,
    "CompletedDay" INTEGER NULL,
    "CompletionSeconds" INTEGER NULL,
    "SupplementDay" INTEGER NULL,
    "SupplementRequests" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "case_saved_filters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_case_saved_filters" PRIMARY KEY,
    "UserName" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);
CREATE INDEX "IX_case_comments_CaseKey_CreatedAt" ON "case_comments" ("CaseKey", "CreatedAt");
CREATE UNIQUE INDEX "IX_case_saved_filters_UserName_Name" ON "case_saved_filters" ("UserName", "Name");
CREATE INDEX "ix_case_report_facts_completed" ON "case_report_facts" ("CompletedDay", "Service", "Region") WHERE "CompletedDay" IS NOT NULL;
CREATE INDEX "ix_case_report_facts_completion_time" ON "case_report_facts" ("Service", "CompletionSeconds", "CompletedDay", "Region") WHERE "CompletionSeconds" IS NOT NULL;
CREATE INDEX "ix_case_report_facts_decided" ON "case_report_facts" ("DecidedDay", "Service", "Region", "Outcome") WHERE "DecidedDay" IS NOT NULL;
CREATE INDEX "ix_case_report_facts_decision_time" ON "case_report_facts" ("Service", "DecisionSeconds", "DecidedDay", "Region") WHERE "DecisionSeconds" IS NOT NULL;
CREATE INDEX "ix_case_report_facts_submitted" ON "case_report_facts" ("SubmittedDay", "Service", "Region") WHERE "SubmittedDay" IS NOT NULL;
CREATE INDEX "ix_case_report_facts_supplement" ON "case_report_facts" ("SupplementDay", "Service", "Region") WHERE "SupplementDay" IS NOT NULL;
INSERT INTO wf_schema_migrations VALUES('20261205193915_Baseline','10.0.15');
INSERT INTO wf_schema_migrations VALUES('20261205205338_CallActivitiesTaskStaplesAndTimerStarts','10.0.15');
INSERT INTO wf_schema_migrations VALUES('20261206001326_CompensationRecordsAndMigrationBatches','10.0.15');
INSERT INTO wf_schema_migrations VALUES('20261206070704_AddIncidentCodes','10.0.15');
INSERT INTO wf_schema_migrations VALUES('20261207195954_FilteredIndexesOnOptionalColumns','10.0.15');
INSERT INTO case_schema_migrations VALUES('20261205194350_Baseline','10.0.15');
INSERT INTO case_schema_migrations VALUES('20261205205417_CommentsSavedFiltersReportFactsAndMaterialFiles','10.0.15');
INSERT INTO case_schema_migrations VALUES('20261207000152_ApplicationVersion','10.0.15');
INSERT INTO case_schema_migrations VALUES('20261207222630_ReportIndexesOnlyForReachedMilestones','10.0.15');
