from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("tenants", "0002_seed_profession_templates")]
    operations = [
        migrations.AddField(
            model_name="tenant",
            name="signup_email",
            field=models.EmailField(blank=True, max_length=254),
        ),
        migrations.AddField(
            model_name="tenant",
            name="signup_email_verified_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]
